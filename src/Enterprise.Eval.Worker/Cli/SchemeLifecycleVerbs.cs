using System.CommandLine;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Application.SchemeDocuments;
using Enterprise.Eval.Domain.SchemeDocuments;
using Enterprise.Eval.Worker.Api;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// The stored-scheme subcommands <c>upload|list|show|submit|approve|return|publish</c>, attached under the
/// <c>scheme</c> command beside <c>scheme check</c>.
/// </summary>
internal static class SchemeLifecycleVerbs
{
    public static IEnumerable<Command> Create(CliServices cli)
    {
        yield return Upload(cli);
        yield return List(cli);
        yield return Show(cli);
        yield return Move(cli, "submit", "方案报审", (s, e, id, _, ct) => s.SubmitAsync(e, id, "cli", ct));
        yield return Move(cli, "approve", "记录无需报审的方案通过（需报审的方案由方案评估机构审定：assessor approve）", (s, e, id, _, ct) => s.ApproveAsync(e, id, "cli", ct));
        yield return Move(cli, "return", "退回方案：仅方案评估机构可退回（assessor return），企业调用答 EVAL-SCHEMEDOC-006", (s, e, id, comments, ct) => s.ReturnAsync(e, id, comments ?? "", "cli", ct), withComments: true);
        yield return Move(cli, "publish", "向职工公布方案", (s, e, id, _, ct) => s.PublishAsync(e, id, "cli", ct));
    }

    internal static Option<Guid?> EnterpriseOption() => new("--enterprise") { Description = "企业 ID（只登记了一家企业时可省略）" };

    internal static async Task<Guid> EnterpriseAsync(CliServices cli, Guid? given, CancellationToken ct)
    {
        if (given is { } id) return id;
        var all = await cli.Services.GetRequiredService<EnterpriseRegistry>().ListAsync(ct);
        return all.Count == 1
            ? all[0].Id
            : throw new Domain.Common.DomainException("EVAL-CLI-001", $"已登记 {all.Count} 家企业，请用 --enterprise 指定企业 ID（见 enterprise list）");
    }

    private static Command Upload(CliServices cli)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "方案文件（YAML，UTF-8）" };
        var enterprise = EnterpriseOption();
        var command = new Command("upload", "上传方案：检查通过后保存为草拟状态，否则列出全部错误") { file, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var path = p.GetValue(file)!;
            var enterpriseId = await EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var text = await File.ReadAllTextAsync(path.FullName, ct);
            var result = await cli.Services.GetRequiredService<SchemeDocumentService>().UploadAsync(enterpriseId, text, path.Name, "cli", ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) cli.Console.WriteLine(error.ToString());
                cli.Console.WriteLine($"{SchemeDocumentErrors.RejectedCode} 共{result.Errors.Count}处错误，未保存");
                return 1;
            }
            var d = result.Document!;
            cli.Console.WriteLine($"已保存：{d.Title}（{d.Year}年度）ID {d.Id}，状态：{SchemeDocumentErrors.Status(d.Status)}，SHA-256 {d.Sha256}");
            cli.Console.WriteLine(d.AssessmentRequired ? "该方案须报审：scheme submit ID，由方案评估机构审定（assessor approve）" : "该方案无需报审：scheme approve ID");
            return 0;
        }));
        return command;
    }

    private static Command List(CliServices cli)
    {
        var enterprise = EnterpriseOption();
        var command = new Command("list", "列出本企业的方案") { enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var table = new CliTable("ID", "名称", "年度", "等级", "报审", "状态");
            foreach (var d in await cli.Services.GetRequiredService<SchemeDocumentService>().ListAsync(enterpriseId, ct))
            {
                var v = SchemeDocumentView.Of(d);
                table.AddRow(v.Id.ToString(), v.Title, v.Year.ToString(), v.TargetLevel, v.AssessmentRequired ? "需报审" : "无需", v.StatusText);
            }
            cli.Console.WriteTable(table);
        }));
        return command;
    }

    private static Command Show(CliServices cli)
    {
        var id = new Argument<Guid>("ID") { Description = "方案 ID" };
        var enterprise = EnterpriseOption();
        var content = new Option<bool>("--content") { Description = "同时输出方案原文" };
        var command = new Command("show", "显示方案详情") { id, enterprise, content };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var d = await cli.Services.GetRequiredService<SchemeDocumentService>().GetAsync(enterpriseId, p.GetValue(id), ct);
            Print(cli, d);
            if (p.GetValue(content)) cli.Console.WriteLine(d.Content);
        }));
        return command;
    }

    private static Command Move(
        CliServices cli, string verb, string description, Func<SchemeDocumentService, Guid, Guid, string?, CancellationToken, Task<SchemeDocument>> move,
        bool withComments = false)
    {
        var id = new Argument<Guid>("ID") { Description = "方案 ID" };
        var enterprise = EnterpriseOption();
        var comments = new Option<string>("--comments") { Description = "退回意见", Required = withComments };
        var command = new Command(verb, description) { id, enterprise };
        if (withComments) command.Options.Add(comments);
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var d = await move(cli.Services.GetRequiredService<SchemeDocumentService>(), enterpriseId, p.GetValue(id),
                withComments ? p.GetValue(comments) : null, ct);
            Print(cli, d);
        }));
        return command;
    }

    private static void Print(CliServices cli, SchemeDocument d)
    {
        var v = SchemeDocumentView.Of(d);
        cli.Console.WriteLine($"{v.Title}（{v.TemplateId}，{v.Year}年度，{v.TargetLevel}）");
        cli.Console.WriteLine($"ID {v.Id}  状态：{v.StatusText}  {(v.AssessmentRequired ? "需报审" : "无需报审")}  SHA-256 {v.Sha256}");
        if (v.ReturnComments is not null) cli.Console.WriteLine($"退回意见：{v.ReturnComments}");
    }
}
