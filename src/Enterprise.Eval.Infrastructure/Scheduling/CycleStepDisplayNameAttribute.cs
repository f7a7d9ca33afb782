using Enterprise.Eval.Application.Cycles;
using Enterprise.Eval.Domain.Cycles;
using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;

namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// How a cycle step job is named on Hangfire's dashboard: the cycle, the step in Chinese and its planned China time
/// ("评价周期 1a2b3c4d：开始报名（计划 2026-06-10 09:00 北京时间）"), not the method signature or the enum's name.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CycleStepDisplayNameAttribute() : JobDisplayNameAttribute("评价周期：定时步骤")
{
    public override string Format(DashboardContext context, Job job) =>
        HangfireTimetableScheduler.TriggerOf(job) is { } trigger ? NameOf(trigger) : base.Format(context, job);

    public static string NameOf(ScheduledTrigger trigger)
    {
        var china = TimeZoneInfo.ConvertTime(trigger.At, HangfireHosting.ChinaTime);
        return $"评价周期 {trigger.CycleId.ToString()[..8]}：{CycleText.Step(trigger.Step)}（计划 {china:yyyy-MM-dd HH:mm} 北京时间）";
    }
}
