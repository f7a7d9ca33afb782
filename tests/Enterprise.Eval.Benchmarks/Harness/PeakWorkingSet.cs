using System.Diagnostics;

namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>
/// The process's peak resident set over one measured run. On Linux the kernel's high-water mark (VmHWM) is reset by
/// writing 5 to /proc/self/clear_refs, so the peak belongs to the run alone and nothing is sampled or allocated while
/// it runs. Where the reset is refused the figure is the peak since the process started, and says so.
/// </summary>
internal static class PeakWorkingSet
{
    /// <summary>False once a reset was refused: peaks then cover the whole process lifetime.</summary>
    public static bool PerRun { get; private set; } = OperatingSystem.IsLinux();

    public static void Reset()
    {
        if (!PerRun) return;
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { PerRun = false; }
    }

    public static long Read()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
