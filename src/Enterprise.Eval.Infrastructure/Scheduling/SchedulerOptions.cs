namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>Section "Scheduler": the durable Quartz scheduler.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>All nodes sharing one database must use the same name to form a cluster.</summary>
    public string Name { get; set; } = "EnterpriseEval";

    /// <summary>How late a trigger may fire before it counts as missed (it then fires once, late, and says so).</summary>
    public int MisfireThresholdSeconds { get; set; } = 60;

    /// <summary>How often a PostgreSQL cluster node checks in; a silent node's triggers are taken over after this.</summary>
    public int ClusterCheckinSeconds { get; set; } = 10;

    /// <summary>How often every node re-checks that each active cycle has exactly its one trigger (also at start-up).</summary>
    public int ReconcileSeconds { get; set; } = 60;

    /// <summary>How long an idle node waits before asking the store for due triggers again (Quartz's IdleWaitTime, at least 1000).</summary>
    public int IdleWaitMilliseconds { get; set; } = 30_000;
}
