using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Worker.Cli.Output;

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
            cli.Console.WriteError(e.Code, e.Message);
        }
        catch (NotFoundException e)
        {
            cli.Console.WriteError(e.Code, e.Message);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            cli.Console.WriteError("EVAL-CONFIG", $"配置无效：{string.Join("; ", e.Failures)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Input files are checked at parse time; what remains is an output folder that is missing or not writable.
            cli.Console.WriteError("EVAL-CLI-003", $"文件读写失败：请检查路径所在的文件夹是否存在、是否有读写权限（系统信息：{e.Message}）");
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
