using System.Diagnostics;

namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>Times one run of a whole operation after a full collection, so garbage of the set-up is not billed to it.</summary>
internal static class Measure
{
    public static Measurement Once(Action timed)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        PeakWorkingSet.Reset();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        timed();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Measurement(clock.Elapsed, allocated, PeakWorkingSet.Read());
    }
}
