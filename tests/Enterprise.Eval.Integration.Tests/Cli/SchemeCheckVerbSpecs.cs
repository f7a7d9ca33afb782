using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.Worker.Cli;
using Spectre.Console;

namespace Enterprise.Eval.Integration.Tests.Cli;

/// <summary>`scheme check` states how it read each vote and pass threshold, so the boundary is never guessed.</summary>
public sealed class SchemeCheckVerbSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-scheme-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_SchemeWritingSuperHalf_StatesStrictlyMoreThanHalf()
    {
        var file = new FileInfo(Path.Combine(_folder, "binzhou.yaml"));
        File.WriteAllText(file.FullName, SchemeTexts.Binzhou().TrimEnd() + "\nvote: {threshold: 超过半数, quorum: 三分之二以上}\n");
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });

        var exit = SchemeVerbs.Check(console, file, currentYear: 2026);

        Assert.True(exit == 0, writer.ToString());
        Assert.Contains("threshold：超过半数 → 赞成票 > 1/2", writer.ToString());
        Assert.Contains("quorum：三分之二以上 → 出席委员 ≥ 2/3", writer.ToString());
    }
}
