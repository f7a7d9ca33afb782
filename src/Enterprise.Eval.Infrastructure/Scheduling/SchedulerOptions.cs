namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>Section "Scheduler": Hangfire on the product's database.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Prefix of this node's Hangfire server name (the machine and process are appended).</summary>
    public string Name { get; set; } = "EnterpriseEval";

    /// <summary>How often each node looks for delayed jobs that are due (Hangfire's SchedulePollingInterval). 1 s keeps a step ≤ 2 s late.</summary>
    public int SchedulePollingMilliseconds { get; set; } = 1000;

    /// <summary>How often a worker asks the store for enqueued jobs (the storage's QueuePollInterval).</summary>
    public int QueuePollMilliseconds { get; set; } = 1000;

    /// <summary>How often every node re-checks that each active cycle has exactly its one job (also at start-up).</summary>
    public int ReconcileSeconds { get; set; } = 60;

    /// <summary>Hangfire workers per node; the jobs are short database transactions.</summary>
    public int WorkerCount { get; set; } = 4;
}
