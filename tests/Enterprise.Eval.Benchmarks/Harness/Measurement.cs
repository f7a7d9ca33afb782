namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>
/// One measured run: wall time, bytes allocated by the whole process, and the resident set at the start and at its
/// peak (the peak includes what the process already held, such as the benchmark's own input), and the garbage
/// collector's share: time the program was paused for collections, and how many full (gen 2) collections ran.
/// </summary>
internal sealed record Measurement(
    TimeSpan Elapsed, long AllocatedBytes, long StartWorkingSetBytes, long PeakWorkingSetBytes, TimeSpan GcPause, int FullCollections);
