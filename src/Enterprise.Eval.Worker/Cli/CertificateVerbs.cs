using System.CommandLine;
using Enterprise.Eval.Domain.Certificates;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>`cert …` verbs. `cert check NUMBER` needs no database or configuration, so it never composes services.</summary>
internal static class CertificateVerbs
{
    public const int InvalidNumberExitCode = 1;

    public static Command Create(CliServices cli)
    {
        var number = new Argument<string>("number") { Description = "22位职业技能等级证书编号，如 Y00003212345626T000001" };
        var check = new Command("check", "核验证书编号：逐段说明含义，或指出具体错误");
        check.Arguments.Add(number);
        check.SetAction(parseResult => Check(cli.Console, parseResult.GetValue(number)));

        var cert = new Command("cert", "职业技能等级证书");
        cert.Subcommands.Add(check);
        return cert;
    }

    internal static int Check(IAnsiConsole console, string? text)
    {
        var result = CertificateNumber.Parse(text);
        if (result.Number is null)
        {
            console.MarkupLine($"[red]证书编号“{Markup.Escape(text ?? "")}”无效：[/]");
            foreach (var problem in result.Problems)
                console.MarkupLine($"  [red]{Markup.Escape(problem.Code)}[/] {Markup.Escape(problem.Message)}");
            return InvalidNumberExitCode;
        }

        console.MarkupLine($"[green]证书编号 {Markup.Escape(result.Number.Value)} 格式有效[/]");
        var table = new Table().AddColumns("位置", "项目", "值", "含义");
        foreach (var part in result.Number.Explain())
            table.AddRow(new Text(part.Positions), new Text(part.Label), new Text(part.Text), new Text(part.Meaning));
        console.Write(table);
        console.WriteLine("说明：本命令只核验编号格式，不查询证书是否真实颁发或已撤销。");
        return 0;
    }
}
