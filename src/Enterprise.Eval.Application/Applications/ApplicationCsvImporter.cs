using CsvHelper;
using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Application.Applications;

/// <summary>
/// HR's import of paper 申报表: one row per applicant, keyed by 工号, submitted one by one (each row stands or falls
/// alone, and is told like an online submission). Achievement records come through the facts CSV, not here.
/// </summary>
public sealed class ApplicationCsvImporter(ApplicationService applications)
{
    public const string StillInOccupationColumn = "仍从事本职业";
    public const string BadStillInOccupationCode = "EVAL-APPL-032";
    public const string AppliedOccupationColumn = "申报职业（工种）";

    public static readonly IReadOnlyList<string> Columns =
        ["工号", "学历", "学位", "职称", "现技能等级", "工作单位", "部门", "专业特长", AppliedOccupationColumn, StillInOccupationColumn, "教育经历", "工作经历", "业绩成果", "获奖情况", "本人承诺"];

    /// <summary>Other spellings HR files use for the same column (工号 as in the facts file; the 申报表's own wording).</summary>
    public static string[] Aliases(string column) => column switch
    {
        "工号" => ["职工编号", "员工编号"],
        AppliedOccupationColumn => ["申报职业(工种)", "申报职业", "申报工种", "申报职业编码"],
        StillInOccupationColumn => ["是否仍从事本职业", "本人仍从事本职业", "仍从事本职业（工种）工作", "本人仍从事本职业（工种）工作", "仍从事本职业(工种)工作"],
        _ => [],
    };

    public async Task<IReadOnlyList<ApplicationImportRow>> ImportAsync(
        Guid enterpriseId, Guid cycleId, TextReader input, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rows = new List<ApplicationImportRow>();
        using var csv = CsvReader.Create(input, CsvReaderOptions.Default with { TrackLineNumbers = true, TrimWhitespace = true }, leaveOpen: true);
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            foreach (var header in Aliases(column).Prepend(column))
            {
                if (!csv.TryGetFieldIndex(header, out var index)) continue;
                map[column] = index;
                break;
            }
        }
        if (!map.ContainsKey("工号"))
            return [new ApplicationImportRow(1, "", null, "EVAL-APPL-030", "缺少必需的列“工号”")];

        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            string? Field(string column) =>
                map.TryGetValue(column, out var i) && i < csv.FieldCount && csv.GetString(i).Trim() is { Length: > 0 } text ? text : null;
            var number = Field("工号") ?? "";
            if (!YesNoCell.TryRead(Field(StillInOccupationColumn), out var stillInOccupation))
            {
                rows.Add(new ApplicationImportRow(line, number, null, BadStillInOccupationCode,
                    $"“{StillInOccupationColumn}”的值“{Field(StillInOccupationColumn)}”无法识别，应填“是”或“否”（不清楚时留空，资格审查将列为缺少信息）"));
                continue;
            }
            SkillLevel? level = SkillLevels.TryParse(Field("现技能等级"), out var parsed) ? parsed : null;
            var form = new ApplicationForm
            {
                Education = Field("学历"), Degree = Field("学位"), Title = Field("职称"), CurrentLevel = level, Unit = Field("工作单位"),
                Department = Field("部门"), Expertise = Field("专业特长"), AppliedOccupationCode = Field(AppliedOccupationColumn), StillInOccupation = stillInOccupation, EducationHistory = Field("教育经历"), WorkHistory = Field("工作经历"),
                AchievementsText = Field("业绩成果"), Awards = Field("获奖情况"), Pledged = Field("本人承诺") is "是" or "已承诺" or "Y" or "y",
            };
            try
            {
                var result = await applications.SubmitAsync(enterpriseId, cycleId, new SubmitApplicationRequest(number, form, []), actor, ct);
                rows.Add(result.Accepted
                    ? new ApplicationImportRow(line, number, result.Application!.Id, null, result.Verdict!.Summary)
                    : new ApplicationImportRow(line, number, null, result.RefusalCode, result.RefusalMessage));
            }
            catch (DomainException e)
            {
                rows.Add(new ApplicationImportRow(line, number, null, e.Code, e.Message));
            }
            catch (NotFoundException e)
            {
                rows.Add(new ApplicationImportRow(line, number, null, e.Code, e.Message));
            }
            catch (ArgumentException)
            {
                rows.Add(new ApplicationImportRow(line, number, null, "EVAL-APPL-031", "工号为空"));
            }
        }
        return rows;
    }
}
