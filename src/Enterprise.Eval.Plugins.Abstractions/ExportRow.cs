namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>
/// One certified (or proposed) person as the host hands it to an export adapter: plain values, already formatted
/// where the host knows best (level names, gender), so that packs need no domain types. Any field may be null
/// when the host does not have it; adapters write null as an empty cell.
/// </summary>
public sealed class ExportRow
{
    /// <summary>The 22-character certificate number; null for candidates not yet certified.</summary>
    public string? CertificateNumber { get; init; }

    /// <summary>The holder's name.</summary>
    public string? Name { get; init; }

    /// <summary>The kind of ID document in Chinese, e.g. 居民身份证.</summary>
    public string? IdType { get; init; }

    /// <summary>The full ID number. Only adapters with <see cref="ExportAdapterFeatures.FullIdNumbers"/> may write it.</summary>
    public string? IdNumber { get; init; }

    /// <summary>男 or 女.</summary>
    public string? Gender { get; init; }

    /// <summary>Date of birth.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Highest education in Chinese, e.g. 大专.</summary>
    public string? Education { get; init; }

    /// <summary>Occupation code of the 国家职业分类大典, e.g. 6-18-01-01.</summary>
    public string? OccupationCode { get; init; }

    /// <summary>Occupation name, e.g. 车工.</summary>
    public string? OccupationName { get; init; }

    /// <summary>工种 under the occupation, where there is one.</summary>
    public string? WorkType { get; init; }

    /// <summary>Level name in Chinese, e.g. 特级技师.</summary>
    public string? LevelName { get; init; }

    /// <summary>Certificate level code: 1–5 or T.</summary>
    public string? LevelCode { get; init; }

    /// <summary>China date of issue.</summary>
    public DateOnly? IssueDate { get; init; }

    /// <summary>The evaluator's (评价机构) name.</summary>
    public string? EvaluatorName { get; init; }

    /// <summary>The evaluator's registration code.</summary>
    public string? EvaluatorCode { get; init; }

    /// <summary>The employing enterprise's name.</summary>
    public string? EnterpriseName { get; init; }

    /// <summary>Department or workshop within the enterprise.</summary>
    public string? Department { get; init; }

    /// <summary>Score per evaluation stage name; a missing key or null value is an empty cell.</summary>
    public IReadOnlyDictionary<string, decimal?> StageScores { get; init; } = new Dictionary<string, decimal?>();

    /// <summary>Pack-specific values by key (see <see cref="ExportColumn.ExtraKey"/>); a missing key is an empty cell.</summary>
    public IReadOnlyDictionary<string, string?> Extra { get; init; } = new Dictionary<string, string?>();
}
