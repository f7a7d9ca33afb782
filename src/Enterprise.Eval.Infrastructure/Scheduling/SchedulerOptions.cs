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
}
