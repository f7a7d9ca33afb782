namespace Enterprise.Eval.Domain.Applications;

public enum MaterialReviewStatus
{
    Pending,
    Accepted,
    Returned,
}
