using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// What a command-line verb gets: the composed services of the product (built on first use, so verbs that need no
/// database never open one) and the console to write to.
/// </summary>
public sealed class CliServices(Func<IServiceProvider> compose, IAnsiConsole console)
{
    private readonly Lazy<IServiceProvider> _services = new(compose);

    public IServiceProvider Services => _services.Value;

    public IAnsiConsole Console { get; } = console;
}
