using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Application.Facts;

/// <summary>
/// Turns an employee's imported records into one stored row per kind and back. Enums as names, so a stored row
/// survives renumbering and reads in a database console.
/// </summary>
public static class FactRecordPayload
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The kinds this employee's rows in the file carried, each with its serialised records.</summary>
    public static IEnumerable<(FactCategory Category, string Payload)> Split(EmployeeFactRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Appraisals.Count > 0) yield return (FactCategory.Appraisals, JsonSerializer.Serialize(records.Appraisals, Json));
        if (records.ContinuingEducation.Count > 0) yield return (FactCategory.ContinuingEducation, JsonSerializer.Serialize(records.ContinuingEducation, Json));
        if (records.Achievements.Count > 0) yield return (FactCategory.Achievements, JsonSerializer.Serialize(records.Achievements, Json));
    }

    /// <summary>One employee's stored rows put back together; null when nothing is stored.</summary>
    public static EmployeeFactRecords? Join(string employeeNumber, IEnumerable<StoredFactRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        IReadOnlyDictionary<int, AppraisalGrade> appraisals = new Dictionary<int, AppraisalGrade>();
        IReadOnlyDictionary<int, bool> courses = new Dictionary<int, bool>();
        IReadOnlyList<AchievementRecord> achievements = [];
        var any = false;
        foreach (var row in rows.Where(r => r.EmployeeNumber == employeeNumber))
        {
            any = true;
            switch (row.Category)
            {
                case FactCategory.Appraisals:
                    appraisals = JsonSerializer.Deserialize<Dictionary<int, AppraisalGrade>>(row.Payload, Json) ?? [];
                    break;
                case FactCategory.ContinuingEducation:
                    courses = JsonSerializer.Deserialize<Dictionary<int, bool>>(row.Payload, Json) ?? [];
                    break;
                case FactCategory.Achievements:
                    achievements = JsonSerializer.Deserialize<List<AchievementRecord>>(row.Payload, Json) ?? [];
                    break;
            }
        }
        return any ? new EmployeeFactRecords(employeeNumber, appraisals, courses, achievements) : null;
    }
}
