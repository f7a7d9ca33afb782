using System.Net.Http.Json;
using System.Text.Json;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Cycles;

/// <summary>The setup most specs share, through the API: the sample roster, a template for a year, a scheduled cycle.</summary>
internal static class CycleHostSetup
{
    /// <summary>Imports samples/roster.csv (200 people) for the enterprise of the key.</summary>
    public static async Task ImportSampleRosterAsync(this CycleHost host, string key)
    {
        var bytes = await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "roster.csv"));
        (await host.Client(key).PostAsync("/api/roster", new ByteArrayContent(bytes))).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A shipped template with its year set: `Template("Jiangsu", "nantong-senior-technician.yaml", 2026)`. The 江苏
    /// template also gets the choice its enterprise must make before publishing (004 二(四)): it holds 业绩评审.
    /// </summary>
    public static string Template(string pack, string file, int year)
    {
        var text = File.ReadAllText(RepositoryRoot.File("plugins", pack, "templates", file));
        var stated = System.Text.RegularExpressions.Regex.Match(text, @"\nyear: (\d{4})").Groups[1].Value;
        return SchemeTexts.WithChosenForm(text.Replace($"\nyear: {stated}", $"\nyear: {year}", StringComparison.Ordinal));
    }

    /// <summary>Creates a cycle of a published scheme (by default <see cref="CycleSpecs.Timetable"/>) and returns its id.</summary>
    public static async Task<Guid> CreateCycleAsync(this CycleHost host, string key, Guid schemeId, object? timetable = null)
    {
        var cycle = await host.Client(key).PostAsJsonAsync("/api/cycles", timetable ?? CycleSpecs.Timetable(schemeId));
        Assert.True(cycle.IsSuccessStatusCode, await cycle.Content.ReadAsStringAsync());
        return (await cycle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
