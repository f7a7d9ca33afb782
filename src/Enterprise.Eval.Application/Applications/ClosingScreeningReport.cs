namespace Enterprise.Eval.Application.Applications;

/// <summary>How many applications the closing screening passed, found ineligible, and held for HR to settle.</summary>
public sealed record ClosingScreeningReport(Guid CycleId, int Screened, int Ineligible, int Held = 0);
