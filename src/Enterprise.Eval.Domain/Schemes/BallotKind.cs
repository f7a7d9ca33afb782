namespace Enterprise.Eval.Domain.Schemes;

public enum BallotKind
{
    Open,
    Secret,
}
