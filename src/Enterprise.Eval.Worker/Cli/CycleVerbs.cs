using System.CommandLine;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Worker.Api;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// <c>cycle create|list|show|pause|resume|extend|advance</c>: HR's cycle commands. Times are China wall-clock
/// (2026-06-10 09:00). Triggers for changes made here are armed by the running service's reconcile.
/// </summary>
internal static class CycleVerbs
{
    public static Command Create(CliServices cli)
    {
        var command = new Command("cycle", "评价周期：创建、查看、暂停/恢复、延长报名、人工推进");
        command.Subcommands.Add(CreateCycle(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(ById(cli, "show", "显示阶段、时间安排、下一步及历史", (s, e, id, _, ct) => Task.FromResult<StepResult?>(null)));
        var reason = new Option<string>("--reason") { Description = "暂停原因" };
        command.Subcommands.Add(ById(cli, "pause", "暂停（暂停期间不自动推进）", async (s, e, id, p, ct) => await s.PauseAsync(e, id, p.GetValue(reason) ?? "", "cli", ct), reason));
        command.Subcommands.Add(ById(cli, "resume", "恢复", async (s, e, id, _, ct) => await s.ResumeAsync(e, id, "cli", ct)));
        command.Subcommands.Add(ById(cli, "advance", "人工推进下一步（如颁发证书、上报）", async (s, e, id, _, ct) => await s.AdvanceAsync(e, id, "cli", ct)));
        command.Subcommands.Add(ById(cli, "certify", "为通过公示的人员颁发证书，并完成发证步骤", async (s, e, id, _, ct) =>
            await cli.Services.GetRequiredService<Application.Pipeline.CycleCertification>().CertifyAsync(e, id, "cli", ct)));
        command.Subcommands.Add(Decision(cli));
        var closes = new Option<string>("--window-closes") { Description = "新的报名截止时间（中国时间）", Required = true };
        command.Subcommands.Add(ById(cli, "extend", "延长报名截止时间", async (s, e, id, p, ct) =>
            (await s.ExtendAsync(e, id, CycleEndpoints.ParseInstant(p.GetValue(closes), "--window-closes"), "cli", ct)).Result, closes));
        return command;
    }

    private static Command CreateCycle(CliServices cli)
    {
        var scheme = new Option<Guid>("--scheme") { Description = "已通过并公布的方案 ID", Required = true };
        var year = new Option<int>("--year") { Description = "年度", Required = true };
        var opens = new Option<string>("--window-opens") { Description = "报名开始（2026-06-10 09:00）", Required = true };
        var closes = new Option<string>("--window-closes") { Description = "报名截止", Required = true };
        var reviewEnds = new Option<string>("--review-ends") { Description = "评审结束", Required = true };
        var publicity = new Option<string?>("--publicity-starts") { Description = "公示开始（方案不设公示时不需要）" };
        var days = new Option<int?>("--publicity-days") { Description = "公示工作日数（默认取方案规定）" };
        var certificates = new Option<string?>("--certificates-due") { Description = "证书颁发期限（默认公示开始后30天）" };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("create", "由已公布的方案创建评价周期并排期") { scheme, year, opens, closes, reviewEnds, publicity, days, certificates, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            // Parsed here, not through the API's request body, so that a bad value is told by the option's name.
            var request = new CreateCycleRequest(p.GetValue(scheme), p.GetValue(year),
                CycleEndpoints.ParseInstant(p.GetValue(opens), opens.Name), CycleEndpoints.ParseInstant(p.GetValue(closes), closes.Name),
                CycleEndpoints.ParseInstant(p.GetValue(reviewEnds), reviewEnds.Name),
                p.GetValue(publicity) is { } starts ? CycleEndpoints.ParseInstant(starts, publicity.Name) : null,
                p.GetValue(days), p.GetValue(certificates) is { } due ? CycleEndpoints.ParseInstant(due, certificates.Name) : null);
            var created = await cli.Services.GetRequiredService<CycleService>().CreateAsync(enterpriseId, request, "cli", ct);
            if (!created.Succeeded)
            {
                foreach (var issue in created.Issues) cli.Console.Profile.Out.Writer.WriteLine($"{issue.Code} {OptionOf(issue.Field)}：{issue.Message}");
                return 1;
            }
            Print(cli, created.Cycle!);
            return 0;
        }));
        return command;
    }

    /// <summary>The option of <c>cycle create</c> that sets a timetable field a finding names.</summary>
    internal static string OptionOf(string field) => field switch
    {
        nameof(CreateCycleRequest.WindowOpensAt) => "--window-opens",
        nameof(CreateCycleRequest.WindowClosesAt) => "--window-closes",
        nameof(CreateCycleRequest.ReviewEndsAt) => "--review-ends",
        nameof(CreateCycleRequest.PublicityStartsAt) or "PublicityEndsAt" => "--publicity-starts",
        nameof(CreateCycleRequest.PublicityWorkdays) => "--publicity-days",
        nameof(CreateCycleRequest.CertificatesDueAt) => "--certificates-due",
        _ => field,
    };

    /// <summary>`cycle decision ID --application A (--number N | --declined --reason R) [--decided-on DATE]` (issue 19 point 2).</summary>
    private static Command Decision(CliServices cli)
    {
        var id = new Argument<Guid>("ID") { Description = "评价周期 ID" };
        var application = new Option<Guid>("--application") { Description = "申报 ID", Required = true };
        var number = new Option<string?>("--number") { Description = "认定部门颁发的证书编号（予以确认时）" };
        var declined = new Option<bool>("--declined") { Description = "认定部门未予确认" };
        var reason = new Option<string?>("--reason") { Description = "未予确认的原因" };
        var decidedOn = new Option<string?>("--decided-on") { Description = "认定日期（2026-07-20，默认今天）" };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("decision", "登记认定部门的认定结果及其颁发的证书编号（证书由认定部门颁发的方案）")
            { id, application, number, declined, reason, decidedOn, enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var recorded = await cli.Services.GetRequiredService<Application.Certificates.AuthorityDecisions>().RecordAsync(enterpriseId, p.GetValue(id),
                new Application.Certificates.AuthorityDecisionRequest(p.GetValue(application), !p.GetValue(declined), p.GetValue(number),
                    CycleEndpoints.ParseDay(p.GetValue(decidedOn), decidedOn.Name), p.GetValue(reason)), "cli", ct);
            cli.Console.WriteLine(recorded.AuthorityCertificateNumber is { } n ? $"已登记：证书编号 {n}" : $"已登记：未予确认（{recorded.StatusReason}）");
            return 0;
        }));
        return command;
    }

    private static Command List(CliServices cli)
    {
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command("list", "列出本企业的评价周期") { enterprise };
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var now = cli.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var table = new CliTable("ID", "年度", "阶段", "暂停", "下一步");
            foreach (var c in await cli.Services.GetRequiredService<CycleService>().ListAsync(enterpriseId, ct))
            {
                var v = CycleView.Of(c, now);
                table.AddRow(v.Id.ToString(), v.Year.ToString(), v.StatusText, v.IsPaused ? "是" : "", v.Next ?? "—");
            }
            cli.Console.WriteTable(table);
        }));
        return command;
    }

    private static Command ById(
        CliServices cli, string verb, string description, Func<CycleService, Guid, Guid, ParseResult, CancellationToken, Task<StepResult?>> action,
        params Option[] options)
    {
        var id = new Argument<Guid>("ID") { Description = "评价周期 ID" };
        var enterprise = SchemeLifecycleVerbs.EnterpriseOption();
        var command = new Command(verb, description) { id, enterprise };
        foreach (var option in options) command.Options.Add(option);
        command.SetAction(async (p, ct) => await Verb.RunAsync(cli, async () =>
        {
            var enterpriseId = await SchemeLifecycleVerbs.EnterpriseAsync(cli, p.GetValue(enterprise), ct);
            var service = cli.Services.GetRequiredService<CycleService>();
            var result = await action(service, enterpriseId, p.GetValue(id), p, ct);
            if (result is { Outcome: StepOutcome.Refused })
            {
                foreach (var issue in result.Problems) cli.Console.WriteLine($"{issue.Code} {issue.Message}");
                return 1;
            }
            if (result is not null) cli.Console.WriteLine(Outcome(result.Outcome));
            Print(cli, await service.GetAsync(enterpriseId, p.GetValue(id), ct));
            return 0;
        }));
        return command;
    }

    private static string Outcome(StepOutcome outcome) => outcome switch
    {
        StepOutcome.Done => "已完成。",
        StepOutcome.AlreadyDone => "无变化（此前已完成）。",
        StepOutcome.Paused => "评价周期已暂停，未推进。",
        StepOutcome.NotYetDue => "尚未到时间，未推进。",
        _ => outcome.ToString(),
    };

    private static void Print(CliServices cli, EvaluationCycle cycle)
    {
        var v = CycleView.Of(cycle, cli.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        cli.Console.WriteLine($"评价周期 {v.Id}（{v.Year}年度）阶段：{v.StatusText}{(v.IsPaused ? "（已暂停）" : "")}");
        if (v.Timetable is { } t)
        {
            cli.Console.WriteLine($"报名：{t.WindowOpensAt} 至 {t.WindowClosesAt}；评审结束：{t.ReviewEndsAt}");
            cli.Console.WriteLine($"{t.Publicity}；证书颁发期限：{t.CertificatesDueAt}");
        }
        cli.Console.WriteLine(v.Next ?? "已全部完成。");
        cli.Console.WriteLine($"申请数（按状态）：{(v.Applications.Count == 0 ? "暂无" : string.Join("，", v.Applications.Select(a => $"{a.Key} {a.Value}")))}");
        foreach (var e in v.History)
            cli.Console.WriteLine($"  {e.AtChina} {e.Text} {e.By}{(e.LateBySeconds is { } s ? $"（迟{TimeSpan.FromSeconds(s)}）" : "")}{(e.Note is null ? "" : " " + e.Note)}");
    }
}
