namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>A pack, assembly or adapter that was skipped: where (pack folder, file or adapter type), a stable code and why, in Chinese.</summary>
public sealed record PluginLoadFailure(string Source, string Code, string Reason)
{
    public override string ToString() => $"{Code} {Source}: {Reason}";
}
