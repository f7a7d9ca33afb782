using System.CommandLine;
using Enterprise.Eval.Application.Audit;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>`audit verify`: checks the hash chain of the audit trail and names the first edited or deleted record.</summary>
internal static class AuditVerbs
{
    public static Command Create(CliServices cli)
    {
        var verify = new Command("verify", "校验审计记录哈希链，发现被修改或删除的记录");
        verify.SetAction(async (_, ct) => await Verb.RunAsync(cli, async () =>
        {
            var report = await cli.Services.GetRequiredService<AuditVerifier>().VerifyAsync(ct);
            if (report.IsIntact)
            {
                cli.Console.MarkupLineInterpolated($"[green]审计链完整[/]：共 {report.RecordsChecked} 条记录，未发现修改或删除。");
                return 0;
            }
            cli.Console.MarkupLineInterpolated($"[red]{report.Code}[/] {report.Message}");
            return 1;
        }));
        return new Command("audit", "审计记录") { verify };
    }
}
