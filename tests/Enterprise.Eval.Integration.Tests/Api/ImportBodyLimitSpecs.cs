using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Integration.Tests.Publicity;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>
/// CSV imports over HTTP on Kestrel: their own body limit, above Kestrel's 30,000,000-byte default, a 413 that says
/// what to do, and a body read as it streams rather than held in memory. In the non-parallel collection, because one
/// spec measures the process's allocations while its import runs.
/// </summary>
[Collection(ImportMemoryCollection.Name)]
public sealed class ImportBodyLimitSpecs
{
    private static string RosterText(int rows = 10) =>
        string.Join('\n', File.ReadAllLines(RepositoryRoot.File("samples", "roster.csv")).Take(rows + 1)) + "\n";

    private static byte[] Roster(int paddingBytes, string? text = null, Encoding? encoding = null, string tail = "")
    {
        // Blank lines are skipped by the reader, so padding makes a large body that still imports.
        var bytes = (encoding ?? Encoding.UTF8).GetBytes(text ?? RosterText());
        var tailBytes = (encoding ?? Encoding.UTF8).GetBytes(tail);
        var body = new byte[bytes.Length + paddingBytes + tailBytes.Length];
        bytes.CopyTo(body, 0);
        body.AsSpan(bytes.Length, paddingBytes).Fill((byte)'\n');
        tailBytes.CopyTo(body, bytes.Length + paddingBytes);
        return body;
    }

    private static async Task<JsonElement> EmployeesAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/roster/employees?pageSize=100");

    [Fact]
    public async Task Roster_OfSixtyMegabytes_IsReadAsItStreams_NotHeldInMemory()
    {
        await using var host = await PublicityHost.StartAsync();
        await host.StartPublicityAsync();
        var body = Roster(60_000_000);
        var client = host.Client(host.Key);
        await client.GetAsync("/api/roster/employees"); // the connection and the endpoint are warm before measuring

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var response = await client.PostAsync("/api/roster", new ByteArrayContent(body));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Holding the body costs its 60 MB, and its text twice that again; read as it streams, the import allocates
        // its buffers and the ten rows. Half the body leaves room for the host's own background work.
        Assert.True(allocated < body.Length / 2, $"the import allocated {allocated:N0} bytes for a {body.Length:N0}-byte body");
    }

    [Fact]
    public async Task Roster_InGb18030_LargerThanKestrelsDefault_IsTranscodedAndStored()
    {
        await using var host = await PublicityHost.StartAsync();
        await host.StartPublicityAsync();
        var renamed = RosterText().Replace("E00001,刘春梅,", "E00001,刘春燕,");
        var client = host.Client(host.Key);

        var response = await client.PostAsync("/api/roster?encoding=auto", new ByteArrayContent(Roster(31_500_000, renamed, TextFileDecoder.Gb18030)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var employees = (await EmployeesAsync(client)).GetProperty("items").EnumerateArray();
        Assert.Contains(employees, e => e.GetProperty("employeeNumber").GetString() == "E00001" && e.GetProperty("name").GetString() == "刘春燕");
    }

    [Fact]
    public async Task Roster_WithABadRowAtTheEndOfALargeBody_Is422_AndStoresNothing()
    {
        await using var host = await PublicityHost.StartAsync();
        await host.StartPublicityAsync();
        var client = host.Client(host.Key);
        var stored = (await EmployeesAsync(client)).GetProperty("total").GetInt32();
        var renamed = RosterText().Replace("E00001,刘春梅,", "E00001,刘春燕,");

        var response = await client.PostAsync("/api/roster", new ByteArrayContent(
            Roster(31_500_000, renamed, tail: "E99998,坏行\n")));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("EVAL-ROSTER-REJECTED", problem.GetProperty("code").GetString());
        var after = await EmployeesAsync(client);
        Assert.Equal(stored, after.GetProperty("total").GetInt32());
        Assert.Contains(after.GetProperty("items").EnumerateArray(), e => e.GetProperty("employeeNumber").GetString() == "E00001" && e.GetProperty("name").GetString() == "刘春梅");
    }

    [Fact]
    public async Task Roster_WithoutDeclaredLength_OverTheLimit_Is413_StatingTheLimit()
    {
        await using var host = await PublicityHost.StartAsync(new Dictionary<string, string?> { ["Http:MaxImportBytes"] = "65536" });
        await host.StartPublicityAsync();
        var content = new StreamContent(new MemoryStream(Roster(200_000)));
        content.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/roster") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.Client(host.Key).SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("EVAL-IMPORT-001", problem.GetProperty("code").GetString());
        Assert.Contains("Http:MaxImportBytes = 65536", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Roster_LargerThanKestrelsDefault_IsImported()
    {
        await using var host = await PublicityHost.StartAsync();
        await host.StartPublicityAsync();

        var response = await host.Client(host.Key).PostAsync("/api/roster", new ByteArrayContent(Roster(31_500_000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Roster_LargerThanKestrelsDefault_WithAnIdempotencyKey_IsImported_AndReplayed()
    {
        await using var host = await PublicityHost.StartAsync();
        await host.StartPublicityAsync();
        var client = host.Client(host.Key);
        var body = Roster(31_500_000);

        HttpRequestMessage Post()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/roster") { Content = new ByteArrayContent(body) };
            request.Headers.Add("Idempotency-Key", "roster-2026-06-large");
            return request;
        }

        var first = await client.SendAsync(Post());
        var again = await client.SendAsync(Post());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(again.Headers.Contains("Idempotency-Replayed"), "the second post was not answered from the stored answer");
    }

    [Theory]
    [InlineData("/api/roster", "roster import")]
    [InlineData("/api/facts", "facts import")]
    public async Task Import_OverTheConfiguredLimit_Is413_StatingTheLimitAndTheVerb(string path, string verb)
    {
        await using var host = await PublicityHost.StartAsync(new Dictionary<string, string?> { ["Http:MaxImportBytes"] = "4096" });
        await host.StartPublicityAsync();

        var response = await host.Client(host.Key).PostAsync(path, new ByteArrayContent(Roster(8192)));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("EVAL-IMPORT-001", problem.GetProperty("code").GetString());
        Assert.Contains("Http:MaxImportBytes = 4096", problem.GetProperty("detail").GetString());
        Assert.Contains(verb, problem.GetProperty("detail").GetString());
    }
}
