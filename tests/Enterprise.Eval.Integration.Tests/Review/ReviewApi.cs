using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.Integration.Tests.Cycles;

namespace Enterprise.Eval.Integration.Tests.Review;

/// <summary>Drives one cycle's review through the API as the HR platform does, on behalf of committee members.</summary>
internal sealed class ReviewApi(HttpClient client, Guid cycleId)
{
    public Guid CycleId => cycleId;

    private string Root => $"/api/cycles/{cycleId}/review";

    public static async Task<ReviewApi> ForNewCycleAsync(CycleHost host, string key, string schemeYaml)
    {
        var client = host.Client(key);
        var schemeId = await host.PublishedSchemeAsync(key, schemeYaml);
        var created = await client.PostAsJsonAsync("/api/cycles", CycleSpecs.Timetable(schemeId));
        created.EnsureSuccessStatusCode();
        var cycle = await created.Content.ReadFromJsonAsync<JsonElement>();
        return new ReviewApi(client, cycle.GetProperty("id").GetGuid());
    }

    public static object Candidate(Guid id, string name, string department, string occupation = "车工", int order = 0) => new
    {
        applicationId = id, employeeId = Guid.NewGuid(), name, gender = "男", unit = "", department,
        occupationCode = "6-18-01-01", occupationName = occupation, level = "技师",
        appliedAt = new DateTimeOffset(2026, 6, 10, 2, 0, 0, TimeSpan.Zero).AddMinutes(order),
    };

    /// <summary>Voting members: the first is the chair; the first <paramref name="experts"/> are experts.</summary>
    public static List<object> Members(IReadOnlyList<Guid> ids, int experts, Func<int, string>? department = null) =>
        ids.Select((id, i) => (object)new
        {
            memberId = id, name = $"委员{i + 1:00}", role = i == 0 ? "chair" : "member", isExpert = i < experts,
            title = i < experts ? "高级工程师" : null, unit = "", department = department?.Invoke(i) ?? "评审办",
        }).ToList();

    public Task<HttpResponseMessage> OpenAsync(params object[] candidates) =>
        client.PostAsJsonAsync(Root, new { candidates });

    public Task<HttpResponseMessage> CommitteeAsync(IEnumerable<object> members) =>
        client.PutAsJsonAsync($"{Root}/committee", new { name = "技师评审委员会", members });

    public Task<HttpResponseMessage> MarkAsync(string stage, Guid member, Guid candidate, decimal? score = null, bool? passed = null) =>
        client.PostAsJsonAsync($"{Root}/stages/{stage}/marks", new { memberId = member, candidateId = candidate, score, passed });

    public Task<HttpResponseMessage> AttendanceAsync(IEnumerable<Guid> members) =>
        client.PostAsJsonAsync($"{Root}/attendance", new { memberIds = members });

    public Task<HttpResponseMessage> OpenBallotAsync(Guid candidate) => client.PostAsync($"{Root}/ballots/{candidate}/open", null);

    public Task<HttpResponseMessage> VoteAsync(Guid candidate, Guid member, string choice) =>
        client.PostAsJsonAsync($"{Root}/ballots/{candidate}/votes", new { memberId = member, choice });

    public async Task<JsonElement> CloseBallotAsync(Guid candidate)
    {
        var response = await client.PostAsync($"{Root}/ballots/{candidate}/close", null);
        await Ensure(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> ComputeListAsync(int targetListSize)
    {
        var response = await client.PostAsJsonAsync($"{Root}/list", new { targetListSize });
        await Ensure(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> OverviewAsync() => client.GetFromJsonAsync<JsonElement>(Root);

    public Task<string> CsvAsync(string name) => client.GetStringAsync($"{Root}/{name}");

    public static async Task Ensure(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<string> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
}
