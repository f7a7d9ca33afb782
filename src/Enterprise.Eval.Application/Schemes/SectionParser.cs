using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Schemes;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>Reads the sections later stages use: review, committee, vote, quotas, timetable, materials, objections.</summary>
internal sealed class SectionParser(SchemeReader r)
{
    public IReadOnlyList<ReviewStage> ReviewStages(YamlNode? node)
    {
        var stages = new List<ReviewStage>();
        foreach (var item in r.Sequence(node, "reviewStages"))
        {
            var map = r.Map(item, "评审环节");
            if (map is null) continue;
            var code = r.Scalar(map.Required("code", "评审环节"), "code");
            var name = r.Scalar(map.Required("name", "评审环节"), "name");
            var kind = r.Word<ReviewStageKind>(map.Required("kind", "评审环节"), "kind", TryStageKind, "pass-fail、scored");
            var stage = new ReviewStage
            {
                Code = code ?? "", Name = name ?? "", Kind = kind ?? ReviewStageKind.PassFail,
                ScaleMax = r.Decimal(map["scaleMax"], "scaleMax"),
                Weight = r.Decimal(map["weight"], "weight"),
                PassMark = ThresholdParser.Read(r, map["passMark"], "passMark", Comparison.AtLeast),
                Aggregation = r.Word<ScoreAggregation>(map["aggregation"], "aggregation", TryAggregation, "mean、trimmed-mean") ?? ScoreAggregation.Mean,
                TrimmedMinMembers = r.Int(map["trimmedMinMembers"], "trimmedMinMembers"),
                Optional = r.Bool(map["optional"], "optional") ?? false,
                Source = r.Scalar(map["source"], "source"),
            };
            map.ReportUnknownKeys("评审环节");
            if (kind == ReviewStageKind.Scored && stage.ScaleMax is null)
                r.Error(item, SchemeErrorCodes.Inconsistent, $"评分环节“{name}”须给出满分“scaleMax”");
            if (stage.Aggregation == ScoreAggregation.TrimmedMean && stage.TrimmedMinMembers is null or < 3)
                r.Error(item, SchemeErrorCodes.Inconsistent, $"评审环节“{name}”去掉最高最低分须给出“trimmedMinMembers”（至少3人）");
            if (code is not null && name is not null && kind is not null) stages.Add(stage);
        }
        if (stages.Count > 0 && stages.Where(s => s.Weight is not null).Sum(s => s.Weight!.Value) is var total
            && stages.Any(s => s.Weight is not null) && total != 1m && total != 100m)
            r.Error(node!, SchemeErrorCodes.Inconsistent, $"各评审环节权重之和为{total}，应为1（或100）");
        return stages;
    }

    public CommitteeRules? Committee(YamlNode? node)
    {
        var map = r.Map(node, "committee");
        if (map is null) return null;
        var rules = new CommitteeRules
        {
            MinSize = r.Int(map["minSize"], "minSize"),
            MaxSize = r.Int(map["maxSize"], "maxSize"),
            ExpertShare = ThresholdParser.Read(r, map["expertShare"], "expertShare", Comparison.AtLeast),
            OddSizeRequired = r.Bool(map["oddSizeRequired"], "oddSizeRequired") ?? false,
            Source = r.Scalar(map["source"], "source"),
        };
        map.ReportUnknownKeys("committee");
        if (rules.MinSize is { } min && rules.MaxSize is { } max && min > max)
            r.Error(node!, SchemeErrorCodes.Inconsistent, $"评审委员会人数下限({min})大于上限({max})");
        return rules;
    }

    public VoteRule? Vote(YamlNode? node)
    {
        var map = r.Map(node, "vote");
        if (map is null) return null;
        var threshold = ThresholdParser.Read(r, map.Required("threshold", "vote"), "threshold", Comparison.AtLeast);
        var rule = threshold is { } t ? new VoteRule
        {
            Threshold = t,
            Denominator = r.Word<VoteDenominator>(map["denominator"], "denominator", TryDenominator, "all-members、present、votes-cast") ?? VoteDenominator.AllMembers,
            Quorum = ThresholdParser.Read(r, map["quorum"], "quorum", Comparison.AtLeast),
            Ballot = r.Word<BallotKind>(map["ballot"], "ballot", TryBallot, "open、secret") ?? BallotKind.Secret,
            Source = r.Scalar(map["source"], "source"),
        } : null;
        map.ReportUnknownKeys("vote");
        return rule;
    }

    public QuotaRules Quotas(YamlNode? node) => new QuotaSectionParser(r).Parse(node);

    public TimetableRules Timetable(YamlNode? node)
    {
        var map = r.Map(node, "timetable");
        if (map is null) return new TimetableRules();
        var rules = new TimetableRules
        {
            PublicityMinWorkingDays = r.Int(map["publicityMinWorkingDays"], "publicityMinWorkingDays"),
            CountStartDayIfMidnight = r.Bool(map["countStartDayIfMidnight"], "countStartDayIfMidnight") ?? true,
            WindowLengthDays = r.Int(map["windowLengthDays"], "windowLengthDays"),
            WindowOpens = r.DateTime(map["windowOpens"], "windowOpens"),
            WindowCloses = r.DateTime(map["windowCloses"], "windowCloses"),
            Source = r.Scalar(map["source"], "source"),
        };
        map.ReportUnknownKeys("timetable");
        if (rules.WindowOpens is { } open && rules.WindowCloses is { } close && close <= open)
            r.Error(map["windowCloses"]!, SchemeErrorCodes.Inconsistent, "报名截止时间早于开始时间");
        return rules;
    }

    public MaterialRules Materials(YamlNode? node)
    {
        var map = r.Map(node, "materials");
        if (map is null) return MaterialRules.None;
        var items = new List<MaterialItem>();
        foreach (var itemNode in r.Sequence(map["items"], "items"))
        {
            var item = r.Map(itemNode, "材料");
            if (item is null) continue;
            var code = r.Scalar(item.Required("code", "材料"), "code");
            var name = r.Scalar(item.Required("name", "材料"), "name");
            var parsed = new MaterialItem
            {
                Code = code ?? "", Name = name ?? "",
                Required = r.Bool(item["required"], "required") ?? false,
                FileTypes = r.StringList(item["fileTypes"], "fileTypes").Select(t => t.TrimStart('.').ToLowerInvariant()).ToList(),
                MaxSizeKb = r.Int(item["maxSizeKb"], "maxSizeKb"),
                Occupations = r.StringList(item["occupations"], "occupations"),
                Source = r.Scalar(item["source"], "source"),
            };
            item.ReportUnknownKeys("材料");
            if (code is not null && name is not null) items.Add(parsed);
        }
        var rules = new MaterialRules
        {
            Items = items,
            ReviewWithinHours = r.Int(map["reviewWithinHours"], "reviewWithinHours"),
            FrozenAfterReview = r.Bool(map["frozenAfterReview"], "frozenAfterReview") ?? false,
        };
        map.ReportUnknownKeys("materials");
        return rules;
    }

    public ObjectionRules Objections(YamlNode? node)
    {
        var map = r.Map(node, "objections");
        if (map is null) return new ObjectionRules();
        var rules = new ObjectionRules
        {
            RealNameRequired = r.Bool(map["realNameRequired"], "realNameRequired") ?? true,
            Source = r.Scalar(map["source"], "source"),
        };
        map.ReportUnknownKeys("objections");
        return rules;
    }

    private static bool TryStageKind(string t, out ReviewStageKind v) =>
        Pick(t, out v, ("pass-fail", ReviewStageKind.PassFail), ("合格制", ReviewStageKind.PassFail), ("scored", ReviewStageKind.Scored), ("评分", ReviewStageKind.Scored));

    private static bool TryAggregation(string t, out ScoreAggregation v) =>
        Pick(t, out v, ("mean", ScoreAggregation.Mean), ("trimmed-mean", ScoreAggregation.TrimmedMean));

    private static bool TryDenominator(string t, out VoteDenominator v) =>
        Pick(t, out v, ("all-members", VoteDenominator.AllMembers), ("present", VoteDenominator.Present), ("votes-cast", VoteDenominator.VotesCast));

    private static bool TryBallot(string t, out BallotKind v) =>
        Pick(t, out v, ("open", BallotKind.Open), ("secret", BallotKind.Secret));

    internal static bool Pick<T>(string text, out T value, params (string Word, T Value)[] table)
    {
        foreach (var (word, v) in table)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase)) { value = v; return true; }
        }
        value = default!;
        return false;
    }
}
