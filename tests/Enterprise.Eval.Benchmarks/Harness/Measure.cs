using System.Diagnostics;

namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>
/// Times one run of a whole operation. An aggressive full collection first frees and decommits the garbage of the
/// set-up and of earlier runs, so neither their time nor their memory is billed to this run.
/// </summary>
internal static class Measure
{
    public static Measurement Once(Action timed)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        PeakWorkingSet.Reset();
        var start = Environment.WorkingSet;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pauseBefore = GC.GetTotalPauseDuration();
        var fullBefore = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        timed();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Measurement(clock.Elapsed, allocated, start, PeakWorkingSet.Read(),
            GC.GetTotalPauseDuration() - pauseBefore, GC.CollectionCount(2) - fullBefore);
    }
}
