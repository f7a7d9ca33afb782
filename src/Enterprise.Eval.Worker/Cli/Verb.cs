using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Common;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>Runs a verb's body and turns the expected failures into a Chinese message with its code and exit code 1.</summary>
internal static class Verb
{
    public static async Task<int> RunAsync(CliServices cli, Func<Task> body)
    {
        try
        {
            await body();
            return 0;
        }
        catch (DomainException e)
        {
            cli.Console.MarkupLineInterpolated($"[red]{e.Code}[/] {e.Message}");
        }
        catch (NotFoundException e)
        {
            cli.Console.MarkupLineInterpolated($"[red]{e.Code}[/] {e.Message}");
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            cli.Console.MarkupLineInterpolated($"[red]EVAL-CONFIG[/] 配置无效：{string.Join("; ", e.Failures)}");
        }
        return 1;
    }

    /// <summary>For verbs that compute a result code themselves.</summary>
    public static async Task<int> RunAsync(CliServices cli, Func<Task<int>> body)
    {
        var code = 1;
        var ran = await RunAsync(cli, async () => { code = await body(); });
        return ran == 0 ? code : ran;
    }
}
