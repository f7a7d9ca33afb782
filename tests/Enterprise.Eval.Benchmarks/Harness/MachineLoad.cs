namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>The 1-, 5- and 15-minute load averages, printed beside each result: the machine is shared.</summary>
internal static class MachineLoad
{
    public static string Now()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "unknown"; }
    }
}
