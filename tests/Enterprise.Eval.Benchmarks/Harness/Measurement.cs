namespace Enterprise.Eval.Benchmarks.Harness;

/// <summary>One measured run: wall time, bytes allocated by the whole process, and the peak resident set.</summary>
internal sealed record Measurement(TimeSpan Elapsed, long AllocatedBytes, long PeakWorkingSetBytes);
