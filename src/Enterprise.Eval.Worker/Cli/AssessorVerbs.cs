using System.CommandLine;
using Enterprise.Eval.Application.Assessors;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.SchemeDocuments;
using Enterprise.Eval.Worker.Api;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// `assessor create|list|key-rotate|assign` (the administrator's registry of 方案评估机构) and `assessor schemes|approve|return`
/// (the assessor's own decisions, which take the assessor's key: `--key` or EVAL_ASSESSOR_KEY, never an enterprise's).
/// </summary>
internal static class AssessorVerbs
{
    public const string KeyVariable = "EVAL_ASSESSOR_KEY";
    public const string BadKeyCode = "EVAL-ASSR-010";

    public static Command Create(CliServices cli)
    {
        var command = new Command("assessor", "方案评估机构（方案报审的审定方，如江苏省职业技能鉴定中心）");
        command.Subcommands.Add(CreateAssessor(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(KeyRotate(cli));
        command.Subcommands.Add(Assign(cli));
        command.Subcommands.Add(Schemes(cli));
        command.Subcommands.Add(Decide(cli, "approve", "方案通过评估（评估机构的密钥）", (a, assessor, id, _, ct) => a.ApproveAsync(assessor, id, ct)));
        command.Subcommands.Add(Decide(cli, "return", "退回方案（评估机构的密钥；--comments 评估意见）", (a, assessor, id, comments, ct) => a.ReturnAsync(assessor, id, comments ?? "", ct), withComments: true));
        return command;
    }

    private static Command CreateAssessor(CliServices cli)
    {
        var name = new Option<string>("--name") { Description = "机构名称（如 江苏省职业技能鉴定中心）", Required = true };
        var command = new Command("create", "登记方案评估机构并签发其 API 密钥（只显示一次）") { name };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var (assessor, key) = await cli.Services.GetRequiredService<AssessorRegistry>().CreateAsync(p.GetValue(name), "cli", ct);
            cli.Console.MarkupLineInterpolated($"已登记方案评估机构：{assessor.Name}（{assessor.Id}）");
            cli.Console.MarkupLineInterpolated($"API 密钥（只显示这一次，请交给该机构妥善保存）：[bold]{key}[/]");
        }));
        return command;
    }

    private static Command List(CliServices cli)
    {
        var command = new Command("list", "列出方案评估机构");
        command.SetAction(async (_, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterprises = await cli.Services.GetRequiredService<EnterpriseRegistry>().ListAsync(ct);
            var registry = cli.Services.GetRequiredService<AssessorRegistry>();
            var assignments = await registry.AssignmentsAsync(ct);
            var table = new CliTable("ID", "名称", "指定的企业");
            foreach (var a in await registry.ListAsync(ct))
                table.AddRow(a.Id.ToString(), a.Name, string.Join("、", enterprises.Where(e => assignments.GetValueOrDefault(e.Id) == a.Id).Select(e => e.Name)));
            cli.Console.WriteTable(table);
        }));
        return command;
    }

    private static Command KeyRotate(CliServices cli)
    {
        var id = new Argument<Guid>("ID") { Description = "方案评估机构 ID" };
        var command = new Command("key-rotate", "轮换方案评估机构的 API 密钥（旧密钥立即失效）") { id };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var key = await cli.Services.GetRequiredService<AssessorRegistry>().RotateKeyAsync(p.GetValue(id), "cli", ct);
            cli.Console.MarkupLineInterpolated($"新的 API 密钥（只显示这一次）：[bold]{key}[/]");
        }));
        return command;
    }

    private static Command Assign(CliServices cli)
    {
        var assessorArg = new Argument<string>("ASSESSOR") { Description = "方案评估机构 ID 或名称（见 assessor list）" };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("assign", "指定企业的方案评估机构：该企业报审的方案报送此机构") { assessorArg, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var assessors = cli.Services.GetRequiredService<AssessorRegistry>();
            var given = p.GetValue(assessorArg)!.Trim();
            var assessor = Guid.TryParse(given, out var id)
                ? await assessors.GetAsync(id, ct)
                : (await assessors.ListAsync(ct)).SingleOrDefault(a => a.Name == given) ?? throw new Application.Abstractions.NotFoundException("方案评估机构", given);
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            await assessors.AssignAsync(enterpriseId, assessor.Id, "cli", ct);
            var e = await cli.Services.GetRequiredService<EnterpriseRegistry>().GetAsync(enterpriseId, ct);
            cli.Console.WriteLine($"{e.Name} 的方案报审报送：{assessor.Name}（{assessor.Id}）");
        }));
        return command;
    }

    private static Option<string?> KeyOption() => new("--key") { Description = $"方案评估机构的 API 密钥（可改用环境变量 {KeyVariable}）" };

    /// <summary>The assessor the key belongs to; a missing, malformed or revoked key (an enterprise's, too) is refused.</summary>
    private static async Task<Guid> AssessorAsync(CliServices cli, string? given, CancellationToken ct)
    {
        var key = string.IsNullOrWhiteSpace(given) ? Environment.GetEnvironmentVariable(KeyVariable) : given;
        return await cli.Services.GetRequiredService<AssessorRegistry>().AuthenticateAsync(key?.Trim(), ct)
            ?? throw new DomainException(BadKeyCode, $"缺少或无效的方案评估机构密钥：请用 --key 或环境变量 {KeyVariable} 给出 assessor create 签发的密钥（企业的密钥不能审定方案）");
    }

    private static Command Schemes(CliServices cli)
    {
        var key = KeyOption();
        var command = new Command("schemes", "报送本机构的方案（待评估的在前）") { key };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var assessor = await AssessorAsync(cli, p.GetValue(key), ct);
            var table = new CliTable("ID", "企业", "名称", "年度", "状态", "评估期限");
            foreach (var s in await cli.Services.GetRequiredService<AssessmentService>().ListAsync(assessor, ct))
                table.AddRow(s.Document.Id.ToString(), s.EnterpriseName, s.Document.Title, s.Document.Year.ToString(), SchemeDocumentErrors.Status(s.Document.Status),
                    s.Deadline is { } d ? ChinaTime.FormatDate(d) + (s.Overdue ? "（已逾期）" : "") : "方案未规定");
            cli.Console.WriteTable(table);
        }));
        return command;
    }

    private static Command Decide(
        CliServices cli, string verb, string description, Func<AssessmentService, Guid, Guid, string?, CancellationToken, Task<SchemeForAssessment>> decide,
        bool withComments = false)
    {
        var id = new Argument<Guid>("SCHEME") { Description = "方案 ID（见 assessor schemes）" };
        var key = KeyOption();
        var comments = new Option<string>("--comments") { Description = "评估意见", Required = true };
        var command = new Command(verb, description) { id, key };
        if (withComments) command.Options.Add(comments);
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var assessor = await AssessorAsync(cli, p.GetValue(key), ct);
            var s = await decide(cli.Services.GetRequiredService<AssessmentService>(), assessor, p.GetValue(id), withComments ? p.GetValue(comments) : null, ct);
            var v = SchemeDocumentView.Of(s.Document);
            cli.Console.WriteLine($"{s.EnterpriseName}：{v.Title}（{v.Year}年度）ID {v.Id}  状态：{v.StatusText}");
            if (v.ReturnComments is not null && s.Document.Status == SchemeDocumentStatus.Returned) cli.Console.WriteLine($"退回意见：{v.ReturnComments}");
        }));
        return command;
    }
}
