namespace Enterprise.Eval.Domain.Applications;

/// <summary>What a scheme makes of falsified materials beyond the disqualification itself.</summary>
public enum MisconductRecordKind
{
    /// <summary>Barred from applying for the years the scheme states (misconductBanYears).</summary>
    Ban,

    /// <summary>A credit record (诚信记录) for the years the scheme states (misconductCreditRecordYears): shown, bars nothing.</summary>
    CreditRecord,
}
