using Quartz;

namespace Enterprise.Eval.Infrastructure.Mail;

public static class HrDigestScheduling
{
    /// <summary>Inside <c>AddQuartz(q =&gt; …)</c>: the HR digest job, at start-up and then every <paramref name="every"/>.</summary>
    public static IQuartzBuilder AddHrDigestJob(this IQuartzBuilder quartz, TimeSpan every)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.ScheduleJob<HrDigestJob>(
            trigger => trigger
                .WithIdentity("hr-digest", "mail-maintenance")
                .StartNow()
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(every).RepeatForever()),
            job => job.WithIdentity(HrDigestJob.Key));
        return quartz;
    }
}
