namespace Enterprise.Eval.Domain.Review.Quotas;

/// <summary>Roster data for a unit tier table: how many 技师 the unit holds in the occupation, and last year's history.</summary>
public sealed record UnitQuotaEntry(string Unit, string Occupation, int TechnicianCount, bool HadPlaceLastYear);
