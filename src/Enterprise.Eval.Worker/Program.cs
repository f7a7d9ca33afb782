using System.CommandLine;
using Enterprise.Eval.Worker.Cli;

// With no verb the executable runs the service; with a verb it does one job and exits (see `--help`).
// Ctrl+C is left to the generic host, which stops the scheduler and the web server in order; System.CommandLine's
// own handler would race it.
return await EvalCommandLine.Build(args).Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
