namespace Enterprise.Eval.Domain.Schemes;

public enum ReviewStageKind
{
    PassFail,
    Scored,
}
