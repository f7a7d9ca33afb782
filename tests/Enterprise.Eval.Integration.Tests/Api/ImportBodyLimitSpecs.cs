using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enterprise.Eval.Integration.Tests.Publicity;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>CSV imports over HTTP on Kestrel: their own body limit, above Kestrel's 30,000,000-byte default, and a 413 that says what to do.</summary>
public sealed class ImportBodyLimitSpecs
{
    private static byte[] Roster(int paddingBytes)
    {
        // Blank lines are skipped by the reader, so padding makes a large body that still imports.
        var text = string.Join('\n', File.ReadAllLines(RepositoryRoot.File("samples", "roster.csv")).Take(11)) + "\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var body = new byte[bytes.Length + paddingBytes];
        bytes.CopyTo(body, 0);
        body.AsSpan(bytes.Length).Fill((byte)'\n');
        return body;
    }

    [Fact]
    public async Task Roster_LargerThanKestrelsDefault_IsImported()
    {
        await using var host = await PublicityHost.StartAsync();
        await host.StartPublicityAsync();

        var response = await host.Client(host.Key).PostAsync("/api/roster", new ByteArrayContent(Roster(31_500_000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
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
