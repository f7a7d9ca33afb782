namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>
/// The values the host can put in <see cref="ExportRow.Extra"/>, by key. A pack's column names one of these keys in
/// <see cref="ExportColumn.ExtraKey"/>, so a province's new column needs a new key here only when the product does
/// not hold that value at all. A column whose key is neither one of these nor <see cref="Entered"/> is refused
/// before anything is written (EVAL-EXPORT-020).
/// </summary>
public static class ExportFieldKeys
{
    /// <summary>Why the conditions were relaxed for this person (the closing screening's 破格 route and what it waived); empty when they were not.</summary>
    public const string RelaxationReason = "relaxation-reason";

    /// <summary>The roster's current occupation with its 工种 (the 申请表's 现职业（工种）), e.g. 钳工（装配钳工）.</summary>
    public const string CurrentOccupation = "current-occupation";

    /// <summary>Whole years since 参加工作日期 on the day the application window closed (工龄), e.g. 23.</summary>
    public const string WorkingYears = "working-years";

    /// <summary>The best year's recorded 经济效益 in 万元 (as 温州's condition counts it), e.g. 35.5.</summary>
    public const string EconomicBenefit = "economic-benefit-10k-yuan";

    /// <summary>The roster's mobile number, unmasked: only for adapters with <see cref="ExportAdapterFeatures.PhoneNumbers"/>.</summary>
    public const string Phone = "phone";

    /// <summary>优先考虑 reasons the screening found (江苏 004 一(三)), joined with 、.</summary>
    public const string PriorityReasons = "priority-reasons";

    /// <summary>The prefix of keys the person running the export types in (one value for the whole file).</summary>
    public const string EnteredPrefix = "entered:";

    /// <summary>
    /// A value the product does not hold and the person running the export supplies, the same for every row
    /// (e.g. the 企业资产 of a 温州 汇总表): <c>Entered("enterprise-assets")</c> is the key <c>entered:enterprise-assets</c>,
    /// given as <c>--field enterprise-assets=…</c> or in the API's <c>fields</c>.
    /// </summary>
    /// <param name="name">The field's name, lower-case with dashes.</param>
    public static string Entered(string name) => EnteredPrefix + name;

    /// <summary>Every key the host fills from its own data.</summary>
    public static IReadOnlyList<string> Known { get; } =
        [RelaxationReason, CurrentOccupation, WorkingYears, EconomicBenefit, Phone, PriorityReasons];
}
