using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Infrastructure.Time;
using Enterprise.Eval.Integration.Tests.Cycles;
using Enterprise.Eval.TestKit;
using Enterprise.Eval.Worker.Api;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>
/// Instants in and out of the API (docs/api.md, "Instants"): ISO 8601 with China's offset, a display text beside each
/// one people read, and whatever the API wrote taken back as input.
/// </summary>
public sealed class ApiInstantSpecs : IAsyncLifetime
{
    private static readonly string[] TimetableInstants = ["windowOpensAt", "windowClosesAt", "reviewEndsAt", "publicityStartsAt", "certificatesDueAt"];
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly SimulatedClock _clock = new(ChinaTime.At(new DateOnly(2026, 6, 1), new TimeOnly(8, 0)));
    private CycleHost _host = null!;

    public async Task InitializeAsync() => _host = await CycleHost.StartAsync(_database, _clock);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Timetable_IsWrittenAsIso8601InChinaTime_WithTheDisplayTextBeside()
    {
        var (_, key) = await _host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var cycle = await CreateAsync(key, CycleSpecs.Timetable(await _host.PublishedSchemeAsync(key, SchemeTexts.Binzhou())));

        var timetable = cycle.GetProperty("timetable");
        Assert.Equal("2026-06-10T09:00:00+08:00", timetable.GetProperty("windowOpensAt").GetString());
        Assert.Equal("2026年6月10日 9:00", timetable.GetProperty("windowOpensAtText").GetString());
        Assert.Equal("2026-06-12T16:00:00+08:00", timetable.GetProperty("windowClosesAt").GetString());
        Assert.Equal("2026-06-24T00:00:00+08:00", timetable.GetProperty("publicityEndsAt").GetString());
        Assert.Equal("2026年6月23日 24:00", timetable.GetProperty("publicityEndsAtText").GetString());
        Assert.Equal("2026-06-23", timetable.GetProperty("publicityEndDate").GetString());
        Assert.Equal("2026-06-10T09:00:00+08:00", cycle.GetProperty("nextDueAt").GetString());
        Assert.Equal("2026年6月10日 9:00", cycle.GetProperty("nextDueAtText").GetString());
        var history = cycle.GetProperty("history").EnumerateArray().ToList();
        Assert.All(history, e => Assert.EndsWith("+08:00", e.GetProperty("at").GetString()));
        Assert.All(history, e => Assert.Equal(e.GetProperty("atChina").GetString(), e.GetProperty("atText").GetString()));
        Assert.All(history, e => Assert.Equal(ChinaTime.FormatInstant(e.GetProperty("at").GetDateTimeOffset()), e.GetProperty("atText").GetString()));
    }

    [Fact]
    public async Task Timetable_AsWritten_IsTakenBackAsInput_BothTheInstantAndTheDisplayText()
    {
        var (_, keyA) = await _host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var (_, keyB) = await _host.RegisterAsync("乙电气有限公司", "91512081MA62K0260E");
        var first = (await CreateAsync(keyA, CycleSpecs.Timetable(await _host.PublishedSchemeAsync(keyA, SchemeTexts.Binzhou())))).GetProperty("timetable");

        // Half the fields as the instant the API wrote, half as the display text beside it.
        var echoed = new Dictionary<string, object?>
        {
            ["schemeId"] = await _host.PublishedSchemeAsync(keyB, SchemeTexts.Binzhou()),
            ["year"] = 2026,
            ["windowOpensAt"] = first.GetProperty("windowOpensAt").GetString(),
            ["windowClosesAt"] = first.GetProperty("windowClosesAtText").GetString(),
            ["reviewEndsAt"] = first.GetProperty("reviewEndsAt").GetString(),
            ["publicityStartsAt"] = first.GetProperty("publicityStartsAtText").GetString(),
            ["certificatesDueAt"] = first.GetProperty("certificatesDueAt").GetString(),
        };
        var second = (await CreateAsync(keyB, echoed)).GetProperty("timetable");

        Assert.Equal(first.GetRawText(), second.GetRawText());
        foreach (var field in TimetableInstants)
            Assert.Equal(first.GetProperty(field).GetDateTimeOffset(), second.GetProperty(field).GetDateTimeOffset());
    }

    [Theory]
    [InlineData("2026-06-10T01:00:00Z")]
    [InlineData("2026-06-10T09:00:00+08:00")]
    [InlineData("2026-06-10T09:00+08:00")]
    [InlineData("2026-06-09T20:00:00-05:00")]
    [InlineData("2026-06-10 09:00")]
    [InlineData("2026年6月10日 9:00")]
    public void Parse_TakesIsoWithAnyOffset_AndChinaWallClock_AsTheSameInstant(string text) =>
        Assert.Equal(ChinaTime.At(new DateOnly(2026, 6, 10), new TimeOnly(9, 0)), ApiInstants.Parse(text, "windowOpensAt"));

    [Theory]
    [InlineData("2026-06-10T09:00:00")]
    [InlineData("2026/06/10 09:00")]
    [InlineData("6月10日 9:00")]
    [InlineData("")]
    public async Task Create_WithAnInstantItCannotPlace_IsRefusedNamingTheFieldAndTheIsoForm(string opens)
    {
        var (_, key) = await _host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var schemeId = await _host.PublishedSchemeAsync(key, SchemeTexts.Binzhou());

        var response = await _host.Client(key).PostAsJsonAsync("/api/cycles", new
        {
            schemeId, year = 2026, windowOpensAt = opens, windowClosesAt = "2026-06-12T16:00:00+08:00",
            reviewEndsAt = "2026-06-15T17:00:00+08:00", publicityStartsAt = "2026-06-16T00:00:00+08:00",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ApiInstants.BadInstantCode, problem.GetProperty("code").GetString());
        Assert.Contains("windowOpensAt", problem.GetProperty("detail").GetString());
        Assert.Contains("2026-06-10T09:00:00+08:00", problem.GetProperty("detail").GetString());
    }

    /// <summary>A body's typed instant binds before the handler runs: without an offset it is a coded 400 naming its path.</summary>
    [Theory]
    [InlineData("2026-06-10T09:00:00", HttpStatusCode.BadRequest)]
    [InlineData("2026-06-10T09:00:00+08:00", HttpStatusCode.NotFound)]
    public async Task ABodyInstant_MustCarryItsOffset(string appliedAt, HttpStatusCode expected)
    {
        var (_, key) = await _host.RegisterAsync("甲机械有限公司", "91350100M000100Y43");
        var candidate = new
        {
            applicationId = Guid.NewGuid(), employeeId = Guid.NewGuid(), name = "张三", gender = "男", occupationCode = "6-18-01-01",
            occupationName = "车工", level = "特级技师", appliedAt,
        };

        var response = await _host.Client(key).PostAsJsonAsync($"/api/cycles/{Guid.NewGuid()}/review", new { candidates = new[] { candidate } });

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("EVAL-API-400", problem.GetProperty("code").GetString());
            Assert.Contains("appliedAt", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public void Converter_WritesChinaOffset_AndRefusesAnInstantWithoutOffset()
    {
        var options = new JsonSerializerOptions { Converters = { new ChinaInstantJsonConverter() } };
        var stored = new DateTimeOffset(2026, 6, 10, 1, 0, 0, 500, TimeSpan.Zero);

        Assert.Equal("2026-06-10T09:00:00.5+08:00", JsonDocument.Parse(JsonSerializer.Serialize(stored, options)).RootElement.GetString());
        Assert.Equal("2026-06-10T09:00:00+08:00", JsonDocument.Parse(JsonSerializer.Serialize(stored.AddMilliseconds(-500), options)).RootElement.GetString());
        Assert.Equal(stored, JsonSerializer.Deserialize<DateTimeOffset>("\"2026-06-10T09:00:00.5+08:00\"", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateTimeOffset>("\"2026-06-10T09:00:00\"", options));
    }

    private async Task<JsonElement> CreateAsync(string key, object body)
    {
        var response = await _host.Client(key).PostAsJsonAsync("/api/cycles", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
