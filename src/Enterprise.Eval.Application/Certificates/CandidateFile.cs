using System.Globalization;
using System.Text;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Levels;

namespace Enterprise.Eval.Application.Certificates;

/// <summary>
/// An HR file of people to certify (UTF-8 CSV, one person a line, no quoted fields): 工号, 职业编码, 职业名称, 工种, 等级,
/// 发证日期 (yyyy-MM-dd), then one column per evaluation stage whose header is the stage name and whose cells are scores.
/// </summary>
public static class CandidateFile
{
    public static readonly string[] Columns = ["工号", "职业编码", "职业名称", "工种", "等级", "发证日期"];

    /// <summary>One line of the file, its employee still given by 工号.</summary>
    public sealed record Line(int Row, string EmployeeNumber, string OccupationCode, string OccupationName, string? WorkType,
        SkillLevel Level, DateOnly IssueDate, IReadOnlyList<CertificateStageScore> StageScores);

    /// <summary>Reads every line or throws EVAL-CERT-034 listing the first problems (row numbers count data rows from 1).</summary>
    public static IReadOnlyList<Line> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0) throw Invalid(["文件为空"]);
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        if (header.Length < Columns.Length || !header.Take(Columns.Length).SequenceEqual(Columns))
            throw Invalid([$"表头应以“{string.Join(",", Columns)}”开头，其后每列为一个评价环节的成绩"]);
        var stages = header.Skip(Columns.Length).ToArray();
        var problems = new List<string>();
        var result = new List<Line>();
        for (var i = 1; i < lines.Count; i++)
        {
            var cells = lines[i].Split(',').Select(c => c.Trim()).ToArray();
            if (cells.Length != header.Length) { problems.Add($"第{i}行有{cells.Length}列，表头有{header.Length}列"); continue; }
            if (cells[0].Length == 0 || cells[1].Length == 0 || cells[2].Length == 0) { problems.Add($"第{i}行工号、职业编码、职业名称不能为空"); continue; }
            if (!SkillLevels.TryParse(cells[4], out var level)) { problems.Add($"第{i}行等级“{cells[4]}”无法识别"); continue; }
            if (!DateOnly.TryParseExact(cells[5], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            { problems.Add($"第{i}行发证日期“{cells[5]}”应为yyyy-MM-dd"); continue; }
            var scores = new List<CertificateStageScore>();
            for (var s = 0; s < stages.Length; s++)
            {
                var cell = cells[Columns.Length + s];
                if (cell.Length == 0) { scores.Add(new(stages[s], null)); continue; }
                if (decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var score)) scores.Add(new(stages[s], score));
                else problems.Add($"第{i}行“{stages[s]}”成绩“{cell}”不是数字");
            }
            result.Add(new Line(i, cells[0], cells[1], cells[2], cells[3].Length == 0 ? null : cells[3], level, date, scores));
        }
        if (problems.Count > 0) throw Invalid(problems);
        return result;
    }

    private static DomainException Invalid(IReadOnlyList<string> problems)
    {
        var text = new StringBuilder("发证名单文件有误：").AppendJoin("；", problems.Take(20));
        if (problems.Count > 20) text.Append($"；等共{problems.Count}处");
        return new DomainException(CertificateIssueErrors.CandidateFileInvalid, text.ToString());
    }
}
