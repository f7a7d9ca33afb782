namespace Enterprise.Eval.Application.Applications;

/// <summary>How many applications the closing screening passed and how many it found ineligible.</summary>
public sealed record ClosingScreeningReport(Guid CycleId, int Screened, int Ineligible);
