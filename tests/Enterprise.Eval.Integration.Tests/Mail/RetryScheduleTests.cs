using Enterprise.Eval.Domain.Notifications;

namespace Enterprise.Eval.Integration.Tests.Mail;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 120)]
    [InlineData(3, 240)]
    [InlineData(6, 1920)]
    [InlineData(7, 3600)]
    [InlineData(40, 3600)]
    public void DelayAfter_DoublesUpToTheCap(int failedAttempts, int expectedSeconds)
    {
        var schedule = new RetrySchedule(50, TimeSpan.FromSeconds(60), TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), schedule.DelayAfter(failedAttempts));
    }

    [Fact]
    public void NextAttempt_IsNull_OnceTheAttemptsAreUsedUp()
    {
        var schedule = new RetrySchedule(3, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));

        Assert.Equal(FailedAt.AddSeconds(20), schedule.NextAttempt(2, FailedAt));
        Assert.Null(schedule.NextAttempt(3, FailedAt));
    }

    [Fact]
    public void Constructor_RejectsACapBelowTheBase()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetrySchedule(3, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1)));
    }
}
