using System.CommandLine;
using System.CommandLine.Help;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.Worker.Cli.Output;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>The executable's command line: no verb runs the service; each verb group lives in its own file.</summary>
public static class EvalCommandLine
{
    /// <summary>Parses and runs the command line; one that cannot be run as written is told in Chinese (exit code 2).</summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null, Func<IServiceProvider>? compose = null)
    {
        console ??= CliConsole.ForProcess();
        var parse = Build(args, console, compose).Parse(args);
        if (parse.Errors.Count > 0) return UsageErrors.Write(console, parse);
        // Ctrl+C is left to the generic host, which stops the scheduler and the web server in order; System.CommandLine's
        // own handler would race it.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

    /// <summary>The verbs over the product's services (<paramref name="compose"/>: others, for tests), every input file checked at parse.</summary>
    /// <summary>The command people type (bin/enterprise-eval): shown in --help and in the usage hints, never a shell builtin.</summary>
    public const string CommandName = "enterprise-eval";

    public static Command Build(string[] args, IAnsiConsole? console = null, Func<IServiceProvider>? compose = null)
    {
        var cli = new CliServices(compose ?? (() => ComposeForVerbs(args)), console ?? CliConsole.ForProcess());
        // A Command named for the product, not RootCommand, whose name is the executable's (Enterprise.Eval.Worker).
        var root = new Command(CommandName, "Enterprise.Eval — 企业技能人才自主评价服务。不带子命令时运行服务（HTTP API、定时任务）。")
        {
            new HelpOption(), new VersionOption(),
        };
        root.SetAction(async (_, ct) =>
        {
            // Checked before the host starts: once it has, a failed bind is logged with Kestrel's English stack trace.
            if (TakenAddress(args) is { } taken)
            {
                cli.Console.WriteError(PortInUseCode, PortInUseMessage(taken));
                return 1;
            }
            try
            {
                return await ServiceHost.RunAsync(args, ct);
            }
            catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                // Kestrel's own answer is an English stack trace; what the operator needs is which address and the two ways out.
                cli.Console.WriteError(PortInUseCode, PortInUseMessage(BoundAddress(e.Message)));
                return 1;
            }
        });
        root.Subcommands.Add(EnterpriseVerbs.Create(cli));
        root.Subcommands.Add(AssessorVerbs.Create(cli));
        root.Subcommands.Add(RosterVerbs.Create(cli));
        root.Subcommands.Add(CalendarVerbs.Create(cli));
        var scheme = SchemeVerbs.Create(cli);
        foreach (var lifecycle in SchemeLifecycleVerbs.Create(cli)) scheme.Subcommands.Add(lifecycle);
        foreach (var template in SchemeTemplateVerbs.Create(cli)) scheme.Subcommands.Add(template);
        root.Subcommands.Add(scheme);
        root.Subcommands.Add(CertificateVerbs.Create(cli));
        root.Subcommands.Add(MailVerbs.Create(cli));
        root.Subcommands.Add(AuditVerbs.Create(cli));
        root.Subcommands.Add(DemoVerbs.Create(cli.Console));
        root.Subcommands.Add(CycleVerbs.Create(cli));
        root.Subcommands.Add(ExportVerbs.Create(cli));
        root.Subcommands.Add(ReviewVerbs.Create(cli));
        root.Subcommands.Add(ApplicationVerbs.Create(cli));
        foreach (var verb in FactsVerbs.CreateAll(cli)) root.Subcommands.Add(verb);
        UsageErrors.RequireInputFiles(root);
        return root;
    }

    /// <summary>Code of the refusal to start when the service's port is taken.</summary>
    public const string PortInUseCode = "EVAL-HTTP-010";

    private static string PortInUseMessage(string address) =>
        $"无法启动服务：地址 {address} 的端口已被占用（可能已有一个服务在运行）。" +
        "请先停止占用该端口的程序，或用配置项 Http:Url（环境变量 EVAL__Http__Url，例如 http://127.0.0.1:5081）换一个端口。";

    /// <summary>The service's address (Http:Url, read as the service reads it) when another program already listens on its port.</summary>
    private static string? TakenAddress(string[] args)
    {
        var configuration = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: true);
        configuration.AddEvalConfiguration(args);
        var url = configuration.Build().GetSection(HttpOptions.Section).Get<HttpOptions>()?.Url ?? new HttpOptions().Url;
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            return null;   // the options validation at start-up says what is wrong with it
        var address = uri.IsLoopback && !System.Net.IPAddress.TryParse(uri.Host, out _) ? System.Net.IPAddress.Loopback
            : System.Net.IPAddress.TryParse(uri.Host, out var ip) ? ip : null;
        if (address is null) return null;
        var probe = new System.Net.Sockets.TcpListener(address, uri.Port);
        try
        {
            probe.Start();
            return null;
        }
        catch (System.Net.Sockets.SocketException e) when (e.SocketErrorCode == System.Net.Sockets.SocketError.AddressAlreadyInUse)
        {
            return url;
        }
        finally
        {
            probe.Stop();
        }
    }

    // Kestrel: "Failed to bind to address http://127.0.0.1:5080: address already in use."
    private static string BoundAddress(string message) =>
        System.Text.RegularExpressions.Regex.Match(message, @"https?://\S+?(?=:?\s|$)") is { Success: true } m ? m.Value : "（见配置项 Http:Url）";

    /// <summary>The same services as the running service, without the web server and scheduler; migrations applied.</summary>
    private static IServiceProvider ComposeForVerbs(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddEvalConfiguration(args);
        builder.Logging.ClearProviders();
        builder.Services.AddEnterpriseEval(builder.Configuration);
        var host = builder.Build();
        host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync().GetAwaiter().GetResult();
        return host.Services;
    }
}
