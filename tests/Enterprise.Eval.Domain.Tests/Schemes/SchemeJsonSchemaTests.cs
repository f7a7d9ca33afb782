using System.Text.Json;
using Enterprise.Eval.Application.Schemes;

namespace Enterprise.Eval.Domain.Tests.Schemes;

public sealed class SchemeJsonSchemaTests
{
    private static JsonElement Schema() =>
        JsonDocument.Parse(RepoFiles.Read("src/Enterprise.Eval.Application/Schemes/scheme.schema.json")).RootElement;

    [Fact]
    public void Schema_ListsExactlyTheConditionKindsTheParserKnows()
    {
        var kinds = Schema().GetProperty("$defs").GetProperty("condition").GetProperty("oneOf")[1]
            .GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).Order().ToArray();

        Assert.Equal(SchemeFileParser.ConditionKinds.Order().ToArray(), kinds);
    }

    [Fact]
    public void FormatGuide_DocumentsEveryConditionKind()
    {
        var guide = RepoFiles.Read("docs/scheme-format.md");

        Assert.All(SchemeFileParser.ConditionKinds, kind => Assert.Contains($"| `{kind}` |", guide));
    }

    [Fact]
    public void FormatGuide_DocumentsEveryErrorCode()
    {
        var guide = RepoFiles.Read("docs/scheme-format.md");
        var codes = typeof(SchemeErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!);

        Assert.All(codes, code => Assert.Contains($"| {code} |", guide));
    }
}
