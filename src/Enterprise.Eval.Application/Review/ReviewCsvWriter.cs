using System.Globalization;
using CsvHelper;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review.Outputs;

namespace Enterprise.Eval.Application.Review;

/// <summary>
/// Writes the review's outputs as CSV for HR: UTF-8 with a byte order mark so spreadsheet programs read the Chinese
/// headers, and cells that start like a formula escaped (OWASP CSV injection). One table per file; the minutes are
/// four tables. Instants are written as China time.
/// </summary>
public sealed class ReviewCsvWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public void WriteRecommendedList(Stream destination, IEnumerable<RecommendedListRow> rows) =>
        Write(destination, ["序号", "姓名", "工作单位", "部门", "职业（工种）", "申报等级", "综合得分", "排名", "备注"],
            rows.Select(r => new[] { Int(r.Position), r.Name, r.Unit, r.Department, r.Occupation, r.Level,
                Dec(r.CompositeScore), Int(r.Rank), r.Remarks }));

    public void WriteScoreSheet(Stream destination, ScoreSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var rows = sheet.Rows.Select(r => new[] { r.Candidate, r.Stage, Int(r.Scorers), r.Marks, YesNo(r.Trimmed),
            Dec(r.Aggregate), Weight(r.Weight), Dec(r.WeightedPart), r.Result });
        var total = new[] { sheet.Candidate, "综合得分", "", "", "", "", "", Dec(sheet.Total), sheet.PassedAllStages ? "各环节均通过" : "未全部通过" };
        Write(destination, ["姓名", "评审环节", "评分人数", "各评委评分", "去掉最高最低分", "环节得分", "权重", "加权得分", "结果"],
            rows.Append(total));
    }

    public void WriteMinutesMembers(Stream destination, CommitteeMinutes minutes) =>
        Write(destination, ["姓名", "职务", "是否专家", "职称", "工作单位", "出席"],
            minutes.Members.Select(m => new[] { m.Name, m.Role, YesNo(m.IsExpert), m.Title, m.Unit, m.Present ? "出席" : "缺席" }));

    public void WriteMinutesStages(Stream destination, CommitteeMinutes minutes) =>
        Write(destination, ["环节代码", "评审环节", "方式", "分值范围", "权重", "合格线", "计分方法", "状态", "确认时间"],
            minutes.Stages.Select(s => new[] { s.Code, s.Name, s.Kind, s.Scale, Weight(s.Weight), s.PassMark, s.Aggregation,
                s.IsFinal ? "已确认" : "进行中", s.ClosedAt is { } at ? ChinaTime.FormatInstant(at) : "" }));

    public void WriteMinutesRecusals(Stream destination, CommitteeMinutes minutes) =>
        Write(destination, ["回避成员", "申报人", "识别方式", "回避理由", "记录时间"],
            minutes.Recusals.Select(r => new[] { r.Member, r.Candidate, r.Source, r.Reason, ChinaTime.FormatInstant(r.RecordedAt) }));

    public void WriteMinutesVotes(Stream destination, CommitteeMinutes minutes) =>
        Write(destination, ["申报人", "表决方式", "评审组人数", "回避人数", "到会人数", "同意人数", "反对人数", "弃权人数", "同意票率（%）", "表决结论", "投票情况"],
            minutes.Votes.Select(v => new[] { v.Candidate, v.BallotKind, Int(v.Members), Int(v.Recused), Int(v.Present),
                Int(v.For), Int(v.Against), Int(v.Abstain), Dec(v.ForPercent), v.Conclusion, v.Detail }));

    /// <summary>The minutes as one file: members, stages, recusals and votes, each under its title, one BOM.</summary>
    public void WriteMinutes(Stream destination, CommitteeMinutes minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        Section(destination, $"{minutes.Committee}评审会议记录", first: true);
        Write(destination, ["姓名", "职务", "是否专家", "职称", "工作单位", "出席"],
            minutes.Members.Select(m => new[] { m.Name, m.Role, YesNo(m.IsExpert), m.Title, m.Unit, m.Present ? "出席" : "缺席" }), bom: false);
        Section(destination, "评审环节");
        WriteMinutesStagesCore(destination, minutes);
        Section(destination, "回避情况");
        Write(destination, ["回避成员", "申报人", "识别方式", "回避理由", "记录时间"],
            minutes.Recusals.Select(r => new[] { r.Member, r.Candidate, r.Source, r.Reason, ChinaTime.FormatInstant(r.RecordedAt) }), bom: false);
        Section(destination, "表决结果");
        Write(destination, ["申报人", "表决方式", "评审组人数", "回避人数", "到会人数", "同意人数", "反对人数", "弃权人数", "同意票率（%）", "表决结论", "投票情况"],
            minutes.Votes.Select(v => new[] { v.Candidate, v.BallotKind, Int(v.Members), Int(v.Recused), Int(v.Present),
                Int(v.For), Int(v.Against), Int(v.Abstain), Dec(v.ForPercent), v.Conclusion, v.Detail }), bom: false);
    }

    /// <summary>拟推荐名单 then 候补名单 in one file, each under its title.</summary>
    public void WriteLists(Stream destination, IEnumerable<RecommendedListRow> recommended, IEnumerable<RecommendedListRow> waiting)
    {
        Section(destination, "拟推荐名单", first: true);
        WriteListCore(destination, recommended, bom: false);
        Section(destination, "候补名单");
        WriteListCore(destination, waiting, bom: false);
    }

    /// <summary>Several applicants' score sheets one after another (one BOM).</summary>
    public void WriteScoreSheets(Stream destination, IEnumerable<ScoreSheet> sheets)
    {
        var first = true;
        foreach (var sheet in sheets)
        {
            Section(destination, $"{sheet.Candidate}评分表", first);
            first = false;
            WriteScoreSheetCore(destination, sheet, bom: false);
        }
    }

    /// <summary>温州 评审组意见 box, one row per applicant.</summary>
    public void WritePanelOpinions(Stream destination, IEnumerable<PanelOpinionBox> boxes) =>
        Write(destination, ["申报人", "评审组意见", "评审组成员", "评审组人数", "同意人数", "反对人数", "弃权人数", "表决结论", "评审组长", "日期"],
            boxes.Select(b => new[] { b.Candidate, b.Opinion, string.Join("、", b.PanelMembers), Int(b.Members), Int(b.For),
                Int(b.Against), Int(b.Abstain), b.Conclusion, b.Leader, b.DateText }));

    private static void WriteMinutesStagesCore(Stream destination, CommitteeMinutes minutes) =>
        Write(destination, ["环节代码", "评审环节", "方式", "分值范围", "权重", "合格线", "计分方法", "状态", "确认时间"],
            minutes.Stages.Select(s => new[] { s.Code, s.Name, s.Kind, s.Scale, Weight(s.Weight), s.PassMark, s.Aggregation,
                s.IsFinal ? "已确认" : "进行中", s.ClosedAt is { } at ? ChinaTime.FormatInstant(at) : "" }), bom: false);

    private static void WriteListCore(Stream destination, IEnumerable<RecommendedListRow> rows, bool bom) =>
        Write(destination, ["序号", "姓名", "工作单位", "部门", "职业（工种）", "申报等级", "综合得分", "排名", "备注"],
            rows.Select(r => new[] { Int(r.Position), r.Name, r.Unit, r.Department, r.Occupation, r.Level,
                Dec(r.CompositeScore), Int(r.Rank), r.Remarks }), bom);

    private static void WriteScoreSheetCore(Stream destination, ScoreSheet sheet, bool bom)
    {
        var rows = sheet.Rows.Select(r => new[] { r.Candidate, r.Stage, Int(r.Scorers), r.Marks, YesNo(r.Trimmed),
            Dec(r.Aggregate), Weight(r.Weight), Dec(r.WeightedPart), r.Result });
        var total = new[] { sheet.Candidate, "综合得分", "", "", "", "", "", Dec(sheet.Total), sheet.PassedAllStages ? "各环节均通过" : "未全部通过" };
        Write(destination, ["姓名", "评审环节", "评分人数", "各评委评分", "去掉最高最低分", "环节得分", "权重", "加权得分", "结果"],
            rows.Append(total), bom);
    }

    // A title line before a table; the file's only BOM goes before the first one.
    private static void Section(Stream destination, string title, bool first = false)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var text = (first ? "\uFEFF" : "\r\n") + title + "\r\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        destination.Write(bytes, 0, bytes.Length);
    }

    private static void Write(Stream destination, string[] header, IEnumerable<string[]> rows, bool bom = true)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var csv = CsvWriter.Create(destination, bom ? Options : Options with { WriteByteOrderMark = false }, true);
        csv.WriteHeader(header);
        foreach (var row in rows) csv.WriteRecord(row);
        csv.Flush();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Dec(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    private static string Weight(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "是" : "否";
}
