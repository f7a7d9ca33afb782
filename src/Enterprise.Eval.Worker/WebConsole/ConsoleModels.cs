using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Worker.Api;

namespace Enterprise.Eval.Worker.WebConsole;

/// <summary>One cycle on the HR dashboard: the API's own view of it, plus what waits for HR in it.</summary>
public sealed record CycleDashboardRow(CycleView Cycle, int Applications, IReadOnlyList<Application.Applications.HeldApplication> Held);

/// <summary>One application as the HR list shows it; the ID number already masked by the one masking rule.</summary>
public sealed record ApplicationRow(
    Guid Id, string Number, string EmployeeNumber, string Name, string MaskedIdNumber, string OccupationCode, string OccupationName,
    string StatusText, VerdictKind? Verdict, string VerdictText, IReadOnlyList<string> Explanation);

/// <summary>The filters of the applications list, as the query string carries them.</summary>
public sealed record ApplicationFilter(string? Occupation, string? Verdict);

/// <summary>An export adapter as the reporting staff's page offers it: whom it lists and what must be typed in.</summary>
public sealed record ReportAdapterView(string Name, string DisplayName, string Lists, IReadOnlyList<Application.Exports.ExportEnteredField> Fields);

/// <summary>One recorded batch as the reporting staff's page shows it.</summary>
public sealed record ReportBatchView(Guid Id, Guid CycleId, int Year, string Adapter, string Lists, int Rows, string ExportedAt, string Status,
    bool Pending, string? Answer);
