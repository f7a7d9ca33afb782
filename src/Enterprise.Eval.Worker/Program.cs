using Enterprise.Eval.Worker.Cli;

// With no verb the executable runs the service; with a verb it does one job and exits (see `--help`).
return await EvalCommandLine.RunAsync(args);
