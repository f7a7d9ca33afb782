using Enterprise.Eval.Infrastructure.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Integration.Tests.Calendar;

public sealed class CalendarOptionsValidatorTests : IDisposable
{
    private readonly TempCalendarFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_Succeeds_WhenNoExtraFiles() =>
        Assert.True(new CalendarOptionsValidator().Validate(null, new CalendarOptions()).Succeeded);

    [Fact]
    public void Validate_NamesKeyValueAndFix_WhenFileIsMissing()
    {
        var result = new CalendarOptionsValidator().Validate(null, new CalendarOptions { ExtraFiles = ["/no/such/2027.json"] });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Calendar:ExtraFiles:0", failure);
        Assert.Contains("/no/such/2027.json", failure);
        Assert.Contains("EVAL-CAL-004", failure);
        Assert.Contains("请检查路径", failure);
    }

    [Fact]
    public void Validate_ReportsUnreadableFile_WithItsIndex()
    {
        var good = _files.WriteYear(2027, "2027-01-01+");
        var bad = _files.Write("bad.json", "not json");

        var result = new CalendarOptionsValidator().Validate(null, new CalendarOptions { ExtraFiles = [good, bad] });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Calendar:ExtraFiles:1", failure);
        Assert.Contains("EVAL-CAL-003", failure);
    }

    [Fact]
    public void AddChinaCalendar_ReadsExtraFilesFromConfiguration()
    {
        var path = _files.WriteYear(2027, "2027-01-01+");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Calendar:ExtraFiles:0"] = path })
            .Build();

        using var services = new ServiceCollection().AddChinaCalendar(configuration).BuildServiceProvider();

        Assert.True(services.GetRequiredService<Domain.Calendar.HolidayTable>().Covers(2027));
    }

    [Fact]
    public void AddChinaCalendar_FailsOptionsValidation_WhenConfiguredFileIsMissing()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Calendar:ExtraFiles:0"] = "/no/such/2027.json" })
            .Build();

        using var services = new ServiceCollection().AddChinaCalendar(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CalendarOptions>>().Value);
    }
}
