using Enterprise.Eval.Application.Schemes;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>The smallest valid scheme (nine lines), for specs of the sections after eligibility: they start on line 10.</summary>
internal static class MinimalScheme
{
    public const string Text = """
        id: t
        title: 测试方案
        year: 2026
        targetLevel: 特级技师
        eligibility:
          conditions:
            still: {kind: still-in-occupation}
          routes:
            - {id: s, name: 常规, kind: standard, requires: [still]}

        """;

    public static SchemeParseResult With(string sections) => SchemeFileParser.Parse(Text + sections, "t.yaml");
}
