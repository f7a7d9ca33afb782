using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli.Output;

/// <summary>
/// The console the verbs write to. Redirected output (a pipe, a file) and <c>NO_COLOR</c> (https://no-color.org) get a
/// console without ANSI codes and without a line width to wrap at; a terminal gets Spectre.Console's detected profile.
/// </summary>
public static class CliConsole
{
    // Wide enough that no message is ever hard-wrapped, small enough for Spectre's arithmetic on widths.
    private const int UnwrappedWidth = 1 << 15;

    public static IAnsiConsole ForProcess() => Create(
        Console.Out, Console.IsOutputRedirected, !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")), width: null);

    /// <param name="width">The terminal's width (null: detect); ignored for plain output.</param>
    public static IAnsiConsole Create(TextWriter output, bool redirected, bool noColor, int? width)
    {
        var plain = redirected || noColor;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });
        if (plain) console.Profile.Width = UnwrappedWidth;
        else if (width is { } w) console.Profile.Width = w;
        return console;
    }
}
