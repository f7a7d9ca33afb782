using System.Text;

namespace Enterprise.Eval.Integration.Tests.Hostile;

/// <summary>Generated hostile request bodies and files. Every generator takes a seeded Random so a failure reproduces.</summary>
public static class HostileBodies
{
    public const int Seed = 20261121;

    /// <summary>A named body with the content type it claims.</summary>
    public sealed record Body(string Name, byte[] Bytes, string? ContentType);

    public static IEnumerable<Body> JsonBodies(Random random)
    {
        const string json = "application/json";
        yield return new("empty", [], json);
        yield return new("truncated object", Utf8("{\"name\": \"甲"), json);
        yield return new("invalid token", Utf8("{name: 'x'}"), json);
        yield return new("bare string", Utf8("\"hello\""), json);
        yield return new("number", Utf8("42"), json);
        yield return new("null", Utf8("null"), json);
        yield return new("array", Utf8("[1,2,3]"), json);
        yield return new("empty object", Utf8("{}"), json);
        yield return new("wrong types", Utf8(WrongTypes(random)), json);
        yield return new("deep nesting", Utf8(new string('[', 5000) + new string(']', 5000)), json);
        yield return new("huge string", Utf8("{\"reason\":\"" + new string('长', 2_000_000) + "\",\"name\":\"" + new string('x', 100_000) + "\"}"), json);
        yield return new("binary garbage", Garbage(random, 4096), json);
        yield return new("BOM in the middle", Utf8("{\"a\":\uFEFF1}"), json);
        yield return new("NUL bytes", Utf8("{\"reason\":\"a\0b\"}"), json);
        yield return new("text/plain", Utf8("{\"reason\":\"x\"}"), "text/plain");
        yield return new("xml", Utf8("<reason>x</reason>"), "application/xml");
        yield return new("form", Utf8("reason=x&name=y"), "application/x-www-form-urlencoded");
        yield return new("no content type", Utf8("{\"reason\":\"x\"}"), null);
        for (var i = 0; i < 6; i++) yield return new($"random wrong types #{i}", Utf8(WrongTypes(random)), json);
    }

    /// <summary>An object whose usual field names all carry values of the wrong kind.</summary>
    public static string WrongTypes(Random random)
    {
        string[] names = ["name", "creditCode", "reason", "schemeId", "title", "opensOn", "days", "adapter", "accepted", "until",
            "evaluatorType", "registrationDate", "closesOn", "batchId", "note", "comment", "id", "level", "score"];
        string[] values = ["[]", "{}", "true", "-1", "1e400", "\"\"", "null", "\"2026-13-45\"", "\"not-a-guid\"", "[{\"x\":1}]",
            "99999999999999999999999", "\"\\u0000\"", "\"" + new string('9', 300) + "\""];
        var parts = names.Where(_ => random.Next(3) > 0).Select(n => $"\"{n}\":{values[random.Next(values.Length)]}");
        return "{" + string.Join(",", parts) + "}";
    }

    public static byte[] Garbage(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
