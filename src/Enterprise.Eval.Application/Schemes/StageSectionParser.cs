using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Review.Scoring;
using Enterprise.Eval.Domain.Schemes;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// Reads <c>reviewStages</c> into the review domain's <see cref="StageDefinition"/>s, checking first what their
/// constructors would refuse so the author gets a positioned error instead of an exception.
/// </summary>
internal sealed class StageSectionParser(SchemeReader r)
{
    // 过半数: the product's reading of a pass/fail stage when the scheme states no share.
    private static readonly Threshold DefaultPassShare = new(0.5m, Comparison.MoreThan);

    public IReadOnlyList<SchemeReviewStage> Parse(YamlNode? node)
    {
        var stages = new List<SchemeReviewStage>();
        foreach (var item in r.Sequence(node, "reviewStages"))
            if (Stage(item) is { } stage) stages.Add(stage);

        var weighted = stages.Where(s => s.Definition.Kind == StageKind.Scored && s.Definition.Weight > 0).ToList();
        if (weighted.Count > 0 && weighted.Sum(s => s.Definition.Weight) is var total && total != 1m)
            r.Error(node!, SchemeErrorCodes.Inconsistent, $"各评分环节权重之和为{total}，应为1（如0.6与0.4）");
        if (stages.GroupBy(s => s.Definition.Code).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            r.Error(node!, SchemeErrorCodes.DuplicateId, $"评审环节代码“{duplicate.Key}”重复");
        return stages;
    }

    private SchemeReviewStage? Stage(YamlNode item)
    {
        var map = r.Map(item, "评审环节");
        if (map is null) return null;
        var code = r.Scalar(map.Required("code", "评审环节"), "code");
        var name = r.Scalar(map.Required("name", "评审环节"), "name");
        var kind = r.Word<StageKind>(map.Required("kind", "评审环节"), "kind", TryKind, "pass-fail、scored");
        var optional = r.Bool(map["optional"], "optional") ?? false;
        // 004 二(二) 制定方案…明确评审方式: the enterprise's choice of an optional form is part of its scheme.
        var chosen = r.Bool(map["chosen"], "chosen");
        if (chosen is not null && !optional)
            r.Error(map["chosen"]!, SchemeErrorCodes.Inconsistent, $"评审环节“{name}”是必经环节，不需要“chosen”；“chosen”只用于 optional: true 的环节");
        var source = r.Scalar(map["source"], "source");
        StageDefinition? definition = kind switch
        {
            StageKind.Scored => Scored(map, item, code, name),
            StageKind.PassFail => PassFail(map, code, name),
            _ => null,
        };
        map.ReportUnknownKeys("评审环节");
        return definition is null ? null : new SchemeReviewStage(definition, optional, source, chosen ?? false);
    }

    private StageDefinition? PassFail(YamlMap map, string? code, string? name)
    {
        var share = ThresholdParser.Read(r, map["passShare"], "passShare", Comparison.AtLeast, "认为合格的委员") ?? DefaultPassShare;
        return code is null || name is null ? null : StageDefinition.PassFail(code, name, share);
    }

    private StageDefinition? Scored(YamlMap map, YamlNode item, string? code, string? name)
    {
        var min = r.Decimal(map["scaleMin"], "scaleMin") ?? 0m;
        var max = r.Decimal(map.Required("scaleMax", $"评分环节“{name}”"), "scaleMax");
        var weight = r.Decimal(map["weight"], "weight") ?? 0m;
        var passMark = ThresholdParser.Read(r, map["passMark"], "passMark", Comparison.AtLeast);
        var aggregation = r.Word<ScoreAggregation>(map["aggregation"], "aggregation", TryAggregation, "mean、trimmed-mean") ?? ScoreAggregation.Mean;
        var trim = r.Int(map["trimmedMinMembers"], "trimmedMinMembers") ?? 0;
        var ok = code is not null && name is not null && max is not null;
        if (max is { } m && m <= min) { r.Error(item, SchemeErrorCodes.Inconsistent, $"评分环节“{name}”的满分({m})应大于最低分({min})"); ok = false; }
        if (weight < 0) { r.Error(map["weight"]!, SchemeErrorCodes.Inconsistent, "权重不能为负"); ok = false; }
        if (aggregation == ScoreAggregation.TrimmedMean && trim < 3)
        {
            r.Error(item, SchemeErrorCodes.Inconsistent, $"评分环节“{name}”去掉最高最低分须给出“trimmedMinMembers”（至少3人）");
            ok = false;
        }
        return ok ? StageDefinition.Scored(code!, name!, min, max!.Value, weight, passMark, aggregation, trim) : null;
    }

    private static bool TryKind(string t, out StageKind v) => SectionParser.Pick(t, out v,
        ("pass-fail", StageKind.PassFail), ("合格制", StageKind.PassFail), ("scored", StageKind.Scored), ("评分", StageKind.Scored));

    private static bool TryAggregation(string t, out ScoreAggregation v) => SectionParser.Pick(t, out v,
        ("mean", ScoreAggregation.Mean), ("trimmed-mean", ScoreAggregation.TrimmedMean));
}
