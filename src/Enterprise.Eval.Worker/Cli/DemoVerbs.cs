using System.CommandLine;
using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Application.Assessors;
using Enterprise.Eval.Application.Attestations;
using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Application.Exports;
using Enterprise.Eval.Application.Pipeline;
using Enterprise.Eval.Application.Publicity;
using Enterprise.Eval.Application.Review;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Application.SchemeDocuments;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Publicity;
using Enterprise.Eval.Infrastructure.Mail;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Infrastructure.Plugins;
using Enterprise.Eval.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// `demo`: a whole 江苏 特级技师 cycle against a fresh database in a folder of its own, with a simulated clock — the
/// newcomer's first hour. It drives the same services the API and the scheduler use, and prints where to look.
/// </summary>
internal static class DemoVerbs
{
    private const string Actor = "demo";

    public static Command Create(IAnsiConsole console)
    {
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "演示数据目录（默认 data/demo-时间戳）" };
        var command = new Command("demo", "演示：在临时数据库中用模拟时钟跑完一次江苏特级技师评聘全流程") { folder };
        command.SetAction(async (p, ct) =>
        {
            var dir = p.GetValue(folder)?.FullName ?? Path.GetFullPath(Path.Combine("data", $"demo-{DateTime.UtcNow:yyyyMMdd-HHmmss}"));
            Directory.CreateDirectory(dir);
            try
            {
                await RunAsync(console, dir, ct);
                return 0;
            }
            catch (DomainException e)
            {
                console.MarkupLineInterpolated($"[red]{e.Code}[/] {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task RunAsync(IAnsiConsole console, string dir, CancellationToken ct)
    {
        var clock = new SimulatedClock(China(2026, 6, 1, 8));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = Path.Combine(dir, "demo.db"),
            ["Mail:Delivery"] = "Pickup", ["Mail:PickupFolder"] = Path.Combine(dir, "mail"), ["Mail:MessagesPerSecond"] = "0",
            ["Materials:Folder"] = Path.Combine(dir, "materials"),
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddEnterpriseEval(builder.Configuration);
        using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        var s = host.Services;

        async Task<T> With<T>(Func<IServiceProvider, Task<T>> work)
        {
            await using var scope = s.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
        void Say(string step, string text) => console.MarkupLine($"[bold]{Markup.Escape(step)}[/] {Markup.Escape(text)}");

        var (enterprise, _) = await With(sp => sp.GetRequiredService<EnterpriseRegistry>().RegisterAsync(new EnterpriseRegistration(
            "江苏演示机械股份有限公司", "91350100M000100Y43", EvaluatorType.Employer, "0000", "32", "000123", "江苏省职业技能鉴定中心",
            "苏评备〔2026〕001号", new DateOnly(2026, 1, 5)), Actor, ct));
        var e = enterprise.Id;
        Say("1 企业登记", $"{enterprise.Name}（信用代码 {enterprise.CreditCode}，站点 32/000123）");

        var roster = await With(sp => sp.GetRequiredService<RosterImporter>().ImportAsync(e, File.ReadAllBytes(Sample("roster.csv")), null, Actor, null, ct));
        Say("2 花名册", $"导入 {roster.Summary!.Inserted} 人（samples/roster.csv）");

        var template = s.GetRequiredService<ExportAdapterCatalog>().Templates.FirstOrDefault(t => t.FileName == "jiangsu-grand-technician.yaml")
            ?? throw new DomainException("EVAL-DEMO-001", "未加载江苏插件包的方案模板（plugins 目录）");
        string yaml;
        using (var reader = new StreamReader(template.Open())) yaml = reader.ReadToEnd().Replace("\nyear: 2022", "\nyear: 2026", StringComparison.Ordinal);
        yaml = DemoReviewChoices(yaml);
        // 004 二(三) 方案报审: the 省职业技能鉴定中心 assesses the scheme with its own key, not the enterprise's.
        var (assessor, assessorKey) = await With(sp => sp.GetRequiredService<AssessorRegistry>().CreateAsync("江苏省职业技能鉴定中心", Actor, ct));
        await With(async sp => { await sp.GetRequiredService<AssessorRegistry>().AssignAsync(e, assessor.Id, Actor, ct); return 0; });
        var schemeId = await With(async sp =>
        {
            var schemes = sp.GetRequiredService<SchemeDocumentService>();
            var upload = await schemes.UploadAsync(e, yaml, "jiangsu-grand-technician.yaml", Actor, ct);
            var id = upload.Document!.Id;
            await schemes.SubmitAsync(e, id, Actor, ct);
            return id;
        });
        await With(async sp =>
        {
            var assessorId = await sp.GetRequiredService<AssessorRegistry>().AuthenticateAsync(assessorKey, ct)
                ?? throw new DomainException("EVAL-DEMO-002", "方案评估机构的密钥未通过验证");
            return await sp.GetRequiredService<AssessmentService>().ApproveAsync(assessorId, schemeId, ct);
        });
        await With(sp => sp.GetRequiredService<SchemeDocumentService>().PublishAsync(e, schemeId, Actor, ct));
        Say("3 工作方案", $"江苏省特级技师评聘模板（2026年度）上传、报审至{assessor.Name}，该中心以其自己的密钥评估通过，企业向职工公布");

        var cycle = await With(sp => sp.GetRequiredService<CycleService>().CreateAsync(e, new CreateCycleRequest(schemeId, 2026,
            China(2026, 6, 10, 9), China(2026, 6, 12, 16), China(2026, 6, 15, 17), China(2026, 6, 16, 0)), Actor, ct));
        var cycleId = cycle.Cycle!.Id;
        Say("4 评价周期", "报名 2026年6月10日9:00–6月12日16:00，评审至6月15日，6月16日起公示（不少于5个工作日）");

        await StepAsync(s, clock, cycleId, China(2026, 6, 10, 9, 1), ct);
        Say("5 报名开始", "调度器开启报名；经全员筛查可能符合条件的职工收到通知邮件");

        var seniors = File.ReadLines(Sample("roster.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[9] == "高级技师" && DateOnly.Parse(f[11]) <= new DateOnly(2020, 6, 1)).Select(f => f[0]).Take(3).ToList();
        var applications = new List<Guid>();
        foreach (var number in seniors)
        {
            var result = await With(sp => sp.GetRequiredService<ApplicationService>().SubmitAsync(e, cycleId, new SubmitApplicationRequest(number,
                new ApplicationForm { Education = "大专", Department = "机加工车间", Expertise = "精密加工", Pledged = true, StillInOccupation = true }, []), Actor, ct));
            if (!result.Accepted) throw new DomainException(result.RefusalCode ?? "EVAL-DEMO", result.RefusalMessage ?? "申报被拒绝");
            applications.Add(result.Application!.Id);
            await With(sp => sp.GetRequiredService<AttestationService>().RecordAsync(e, cycleId, result.Application!.Id, "ethics", true, "党委、工会意见：遵纪守法，业绩公认", Actor, ct));
        }
        Say("6 申报", $"{seniors.Count} 名高级技师提交申报表；人事部门确认职业道德事项");

        await StepAsync(s, clock, cycleId, China(2026, 6, 12, 16, 5), ct);
        Say("7 报名截止", "截止审查：以冻结的申报事实重新筛查，进入评审");
        var review = await RunReviewAsync(s, e, cycleId, applications, ct);
        Say("8 评审", review);
        await With(sp => sp.GetRequiredService<ReviewRecommendationService>().ComputeAsync(e, cycleId, null, Actor, ct));
        Say("9 推荐名单", "评审委员会按业绩评审得分与表决结果生成拟推荐名单（review list / review minutes 可导出）");

        await StepAsync(s, clock, cycleId, China(2026, 6, 16, 0, 5), ct);
        var notice = await With(sp => sp.GetRequiredService<PublicityService>().GetAsync(e, cycleId, ct));
        // The full address, as the mails give it: a newcomer can open it once the service runs on the demo database.
        var publicBase = s.GetRequiredService<Microsoft.Extensions.Options.IOptions<PublicLinkOptions>>().Value.BaseUrl;
        Say("10 公示", $"{notice.PeriodText}；公示页面 {publicBase}/publicity/{notice.Token}（用本演示数据库运行服务后可打开）");

        await With(sp => sp.GetRequiredService<PublicityService>().ReceiveObjectionAsync(notice.Token,
            new ObjectionSubmission(applications[0], "反映其技术攻关成果系他人完成。", "李明", "liming@example.com"), ct));
        clock.MoveTo(China(2026, 6, 18, 10));
        await With(sp => sp.GetRequiredService<PublicityService>().ResolveAsync(e, cycleId, 1, false, "经核实，成果由本人主持完成，异议不成立", Actor, ct));
        Say("11 异议", "收到一件实名异议，人事部门调查后不予支持（双方均收到邮件）");

        await StepAsync(s, clock, cycleId, China(2026, 7, 1, 9), ct);
        Say("12 公示结束", "名单确定");
        await With(sp => sp.GetRequiredService<CycleCertification>().CertifyAsync(e, cycleId, Actor, ct));
        var numbers = await With(async sp => await sp.GetRequiredService<EvalDbContext>().Certificates.AsNoTracking()
            .Where(c => c.CycleId == cycleId).Select(c => c.Number.Value).ToListAsync(ct));
        Say("13 发证", $"{numbers.Count} 张特级技师证书：{string.Join("、", numbers.OrderBy(n => n))}");

        var exportPath = Path.Combine(dir, "national-export.csv");
        await With(async sp =>
        {
            var adapter = sp.GetRequiredService<ExportAdapterCatalog>().Find("national")
                ?? throw new DomainException("EVAL-DEMO-003", "未加载 national 导出插件（plugins 目录）");
            await using var file = File.Create(exportPath);
            return await sp.GetRequiredService<CycleExporter>().ExportAsync(e, cycleId, adapter, null, file, Actor, ct);
        });
        Say("14 数据报送", $"全国证书数据格式（GB18030）导出：{exportPath}");

        await s.GetRequiredService<MailDispatcher>().DrainAsync(ct);
        var mails = Directory.Exists(Path.Combine(dir, "mail")) ? Directory.GetFiles(Path.Combine(dir, "mail"), "*.eml", SearchOption.AllDirectories).Length : 0;
        Say("15 邮件", $"{mails} 封邮件写入 {Path.Combine(dir, "mail")}（.eml，可用邮件客户端打开）");
        console.MarkupLineInterpolated($"完成。数据库：{Path.Combine(dir, "demo.db")}。可用 [bold]EVAL__Database__SqlitePath={Path.Combine(dir, "demo.db")}[/] 运行 cert list、audit verify 等命令查看。");
    }

    /// <summary>
    /// The demo enterprise's choices in its 工作方案 (004 二(二)、二(四)): it holds 业绩评审, marked on a 100-point scale,
    /// and a committee of five experts decides by secret ballot, more than half of all members in favour.
    /// </summary>
    private static string DemoReviewChoices(string yaml)
    {
        const string performance = "{code: performance, name: 业绩评审, kind: pass-fail, optional: true, chosen: false, source: 004 二(四)}";
        if (!yaml.Contains(performance, StringComparison.Ordinal))
            throw new DomainException("EVAL-DEMO-004", "江苏方案模板的评审环节已改变，演示无法选定业绩评审（plugins/Jiangsu/templates）");
        return yaml.Replace(performance,
                "{code: performance, name: 业绩评审, kind: scored, scaleMax: 100, weight: 1, optional: true, chosen: true, source: 004 二(四)}",
                StringComparison.Ordinal)
            + "\ncommittee: {minSize: 5, maxSize: 9, expertShare: 不少于2/3, source: 演示企业工作方案}\n"
            + "vote: {threshold: 超过50%, denominator: all-members, ballot: secret, source: 演示企业工作方案}\n";
    }

    /// <summary>The committee convened, every member marks 业绩评审, the chair closes it, and each candidate is voted on.</summary>
    private static async Task<string> RunReviewAsync(IServiceProvider services, Guid enterpriseId, Guid cycleId, IReadOnlyList<Guid> candidates,
        CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var review = scope.ServiceProvider.GetRequiredService<ReviewService>();
        var ballots = scope.ServiceProvider.GetRequiredService<ReviewBallotService>();
        string[] names = ["周建国", "吴明华", "郑丽", "王海涛", "冯志强"];
        var members = names.Select((n, i) => new CommitteeMemberInput(Guid.NewGuid(), n,
            i == 0 ? Domain.Review.Committees.CommitteeRole.Chair : Domain.Review.Committees.CommitteeRole.Member,
            IsExpert: true, "正高级工程师", "外部专家库", $"专家组{i + 1}")).ToList();
        var convened = await review.SetCommitteeAsync(enterpriseId, cycleId, "特级技师评审委员会", members, Actor, ct);
        if (!convened.Convened) throw new DomainException("EVAL-DEMO-005", "演示评审委员会组成不符合方案要求");
        decimal[] marks = [92m, 86m, 78m];
        for (var c = 0; c < candidates.Count; c++)
            for (var m = 0; m < members.Count; m++)
                Ensure(await review.RecordMarkAsync(enterpriseId, cycleId, "performance", members[m].MemberId, candidates[c],
                    marks[c % marks.Length] + m % 3 - 1, null, Actor, ct));
        Ensure(await review.CloseStageAsync(enterpriseId, cycleId, "performance", members[0].MemberId, Actor, ct));
        foreach (var candidate in candidates)
        {
            Ensure(await ballots.OpenBallotAsync(enterpriseId, cycleId, candidate, Actor, ct));
            foreach (var member in members)
                Ensure(await ballots.CastAsync(enterpriseId, cycleId, candidate, member.MemberId,
                    member == members[^1] ? Domain.Review.Voting.VoteChoice.Abstain : Domain.Review.Voting.VoteChoice.For, Actor, ct));
            Ensure((await ballots.CloseBallotAsync(enterpriseId, cycleId, candidate, Actor, ct)).Outcome);
        }
        return $"评审委员会 {members.Count} 名专家（主任 {names[0]}）对 {candidates.Count} 人进行业绩评审（百分制）并逐人无记名表决";
    }

    private static void Ensure(ReviewOutcome outcome)
    {
        if (outcome.IsRefused) throw new DomainException(outcome.Code ?? "EVAL-DEMO-006", outcome.Message ?? "评审操作被拒绝");
    }

    private static async Task StepAsync(IServiceProvider services, SimulatedClock clock, Guid cycleId, DateTimeOffset at, CancellationToken ct)
    {
        clock.MoveTo(at);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CycleScheduler>().RunDueStepsAsync(cycleId, ct);
    }

    private static DateTimeOffset China(int y, int m, int d, int h, int min = 0) => ChinaTime.At(new DateOnly(y, m, d), new TimeOnly(h, min));

    private static string Sample(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "samples", file))) return Path.Combine(dir.FullName, "samples", file);
        var here = Path.GetFullPath(Path.Combine("samples", file));
        return File.Exists(here) ? here : throw new DomainException("EVAL-DEMO-002", $"找不到示例文件 samples/{file}：请在仓库根目录运行 demo");
    }
}
