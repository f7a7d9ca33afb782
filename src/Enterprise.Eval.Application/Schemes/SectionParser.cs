using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Review.Committees;
using Enterprise.Eval.Domain.Review.Voting;
using Enterprise.Eval.Domain.Schemes;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>Reads the sections later stages use: review, committee, vote, quotas, timetable, materials, objections.</summary>
internal sealed class SectionParser(SchemeReader r)
{
    public IReadOnlyList<SchemeReviewStage> ReviewStages(YamlNode? node) => new StageSectionParser(r).Parse(node);

    public CompositionRules? Committee(YamlNode? node)
    {
        var map = r.Map(node, "committee");
        if (map is null) return null;
        var min = r.Int(map.Required("minSize", "committee"), "minSize");
        var max = r.Int(map.Required("maxSize", "committee"), "maxSize");
        var share = ThresholdParser.Read(r, map["expertShare"], "expertShare", Comparison.AtLeast);
        var odd = r.Bool(map["oddSizeRequired"], "oddSizeRequired") ?? false;
        var chair = r.Bool(map["chairRequired"], "chairRequired") ?? true;
        r.Scalar(map["source"], "source");
        map.ReportUnknownKeys("committee");
        if (min is null || max is null) return null;
        if (min < 1 || max < min)
        {
            r.Error(node!, SchemeErrorCodes.Inconsistent, $"评审委员会人数应为 1 ≤ 下限({min}) ≤ 上限({max})");
            return null;
        }
        return new CompositionRules(min.Value, max.Value, share, odd, chair);
    }

    public VotingRules? Vote(YamlNode? node)
    {
        var map = r.Map(node, "vote");
        if (map is null) return null;
        var threshold = ThresholdParser.Read(r, map.Required("threshold", "vote"), "threshold", Comparison.AtLeast, "赞成票");
        var denominator = r.Word<VoteDenominator>(map["denominator"], "denominator", TryDenominator, "all-members、present、votes-cast、for-and-against");
        var quorum = ThresholdParser.Read(r, map["quorum"], "quorum", Comparison.AtLeast, "出席委员");
        var ballot = r.Word<BallotKind>(map["ballot"], "ballot", TryBallot, "open、secret");
        r.Scalar(map["source"], "source");
        map.ReportUnknownKeys("vote");
        return threshold is { } t
            ? new VotingRules(ballot ?? BallotKind.Secret, t, denominator ?? VoteDenominator.AllEligibleMembers, quorum)
            : null;
    }

    public QuotaRules Quotas(YamlNode? node) => new QuotaSectionParser(r).Parse(node);

    public (TimetableRules Rules, NoticeWindow? Window) Timetable(YamlNode? node)
    {
        var map = r.Map(node, "timetable");
        if (map is null) return (TimetableRules.Default, null);
        // Issue 19 point 4: which publicity the seed has. after-review (江苏, 滨州) keeps the format's old default length;
        // the unit publicity (福建, 南通) has no length in its seed, so the scheme must state one; none (温州) takes no length.
        var kind = r.Word<PublicityKind>(map["publicity"], "publicity", TryPublicity, "after-review、unit-before-recommendation、none")
            ?? PublicityKind.AfterReview;
        var statedDays = r.Int(map["publicityMinWorkingDays"], "publicityMinWorkingDays");
        var publicity = statedDays ?? TimetableRules.Default.MinimumPublicityWorkdays;
        if (kind == PublicityKind.None && statedDays is not null)
            r.Error(map["publicityMinWorkingDays"]!, SchemeErrorCodes.Inconsistent, "方案写明不设公示（publicity: none），不能再规定公示期：请删去 publicityMinWorkingDays，或改写 publicity");
        if (kind == PublicityKind.UnitBeforeRecommendation && statedDays is null)
            r.Error(map["publicity"]!, SchemeErrorCodes.MissingKey, "单位推荐前公示（publicity: unit-before-recommendation）的期限文件未作规定，须由方案写明：请加上 publicityMinWorkingDays（工作日数）");
        var windowDays = r.Decimal(map["windowLengthDays"], "windowLengthDays");
        var reviewDays = r.Decimal(map["reviewMinDays"], "reviewMinDays");
        var duringDay = r.Bool(map["countStartDayWhenStartedDuringDay"], "countStartDayWhenStartedDuringDay") ?? false;
        // The first spelling; a midnight start always counts (domain.md §3), so only `true` is meaningful.
        if (r.Bool(map["countStartDayIfMidnight"], "countStartDayIfMidnight") == false)
            r.Error(map["countStartDayIfMidnight"]!, SchemeErrorCodes.Inconsistent, "零时开始的公示当日总是计入（见 domain.md §3），此项只能为 true；如需计入非零时开始的当日，写 countStartDayWhenStartedDuringDay: true");
        var opens = r.DateTime(map["windowOpens"], "windowOpens");
        var closes = r.DateTime(map["windowCloses"], "windowCloses");
        r.Scalar(map["source"], "source");
        map.ReportUnknownKeys("timetable");

        var ok = true;
        if (publicity < 1) { r.Error(map["publicityMinWorkingDays"]!, SchemeErrorCodes.Inconsistent, "公示期至少1个工作日"); ok = false; }
        if (windowDays is < 0 || reviewDays is < 0) { r.Error(node!, SchemeErrorCodes.Inconsistent, "天数不能为负"); ok = false; }
        NoticeWindow? window = null;
        if (opens is { } o && closes is { } c)
        {
            if (c <= o) r.Error(map["windowCloses"]!, SchemeErrorCodes.Inconsistent, "报名截止时间早于开始时间");
            else window = new NoticeWindow(o, c);
        }
        else if (opens is not null || closes is not null)
            r.Error(node!, SchemeErrorCodes.MissingKey, "windowOpens 与 windowCloses 须同时给出");
        if (!ok) return (TimetableRules.Default, window);
        var defaults = TimetableRules.Default;
        return (new TimetableRules(publicity,
            windowDays is { } w ? TimeSpan.FromDays((double)w) : defaults.MinimumWindow,
            reviewDays is { } rd ? TimeSpan.FromDays((double)rd) : defaults.MinimumReview,
            duringDay, kind), window);
    }

    private static bool TryPublicity(string t, out PublicityKind v) => Pick(t, out v,
        ("after-review", PublicityKind.AfterReview), ("unit-before-recommendation", PublicityKind.UnitBeforeRecommendation),
        ("none", PublicityKind.None));

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
            FreezeAfterItem = r.Scalar(map["freezeAfterItem"], "freezeAfterItem"),
        };
        if (rules.FreezeAfterItem is { } freezeItem && items.All(i => i.Code != freezeItem))
            r.Error(map["freezeAfterItem"]!, SchemeErrorCodes.UnknownValue, $"“freezeAfterItem”的材料“{freezeItem}”不在 items 中，应为其中一项的 code（如 photo）");
        if (rules.FreezeAfterItem is not null && !rules.FrozenAfterReview)
            r.Error(map["freezeAfterItem"]!, SchemeErrorCodes.Inconsistent, "设定了“freezeAfterItem”却未设定“frozenAfterReview: true”：请同时设定，或删去 freezeAfterItem");
        map.ReportUnknownKeys("materials");
        return rules;
    }

    /// <summary>The <c>review</c> section: what the seed requires of the enterprise's choice of stages.</summary>
    public ReviewRequirement Review(YamlNode? node, IReadOnlyList<SchemeReviewStage> stages)
    {
        var map = r.Map(node, "review");
        if (map is null) return ReviewRequirement.None;
        var atLeast = r.Int(map["chooseAtLeast"], "chooseAtLeast") ?? 0;
        var optional = stages.Count(s => s.Optional);
        if (atLeast < 0 || atLeast > optional)
            r.Error(map["chooseAtLeast"]!, SchemeErrorCodes.Inconsistent, $"“chooseAtLeast”应在0到可选评审环节数（{optional}）之间，现为{atLeast}");
        var tieBreaks = new List<Domain.Review.Quotas.TieBreak>();
        foreach (var item in r.Sequence(map["tieBreaks"], "tieBreaks"))
        {
            var text = r.Scalar(item, "tieBreaks");
            if (text is null) continue;
            if (text == "priority") tieBreaks.Add(Domain.Review.Quotas.TieBreak.Priority);
            else if (text == "earlier-application") tieBreaks.Add(Domain.Review.Quotas.TieBreak.EarlierApplication);
            else if (text.StartsWith("stage:", StringComparison.Ordinal) && stages.FirstOrDefault(s => s.Definition.Code == text[6..]) is { } stage)
            {
                if (stage.Definition.Kind != Domain.Review.Scoring.StageKind.Scored)
                    r.Error(item, SchemeErrorCodes.Inconsistent, $"并列处理“{text}”所指评审环节“{stage.Definition.Name}”不是评分环节，无法比较得分");
                else tieBreaks.Add(Domain.Review.Quotas.TieBreak.HigherStageScore(stage.Definition.Code));
            }
            else
                r.Error(item, SchemeErrorCodes.Inconsistent,
                    $"并列处理“{text}”无法识别：可写 priority（优先考虑者在前）、stage:评审环节代码（该环节得分高者在前）或 earlier-application（申报时间早者在前，须方案明确规定）");
        }
        var requirement = new ReviewRequirement(Math.Max(atLeast, 0), r.Scalar(map["source"], "source")) { TieBreaks = tieBreaks };
        map.ReportUnknownKeys("review");
        return requirement;
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

    /// <summary>
    /// Issue 19 point 2: `certificate: {issuer: enterprise | authority, authority: …, name: …, submitTo: …, decision: …,
    /// numberPattern: …, numberMaxLength: …, source: …}`. An authority-issued scheme must name its authority and bound
    /// the number (a pattern, or a maximum length where the seed states no format).
    /// </summary>
    public CertificateRules Certificate(YamlNode? node)
    {
        var map = r.Map(node, "certificate");
        if (map is null) return CertificateRules.Enterprise;
        var issuer = r.Word<Domain.Certificates.CertificateIssuerKind>(map.Required("issuer", "certificate"), "issuer", TryIssuer, "enterprise、authority");
        var authority = r.Scalar(map["authority"], "authority");
        var name = r.Scalar(map["name"], "name");
        var submitTo = r.Scalar(map["submitTo"], "submitTo");
        var decision = r.Scalar(map["decision"], "decision");
        var pattern = r.Scalar(map["numberPattern"], "numberPattern");
        var maxLength = r.Int(map["numberMaxLength"], "numberMaxLength");
        var source = r.Scalar(map["source"], "source");
        map.ReportUnknownKeys("certificate");
        if (issuer is null) return CertificateRules.Enterprise;
        if (issuer == Domain.Certificates.CertificateIssuerKind.Enterprise)
        {
            foreach (var key in new[] { "authority", "name", "submitTo", "decision", "numberPattern", "numberMaxLength" })
                if (map[key] is { } extra)
                    r.Error(extra, SchemeErrorCodes.Inconsistent, $"证书由企业颁发（issuer: enterprise）时编号由本系统按职业技能等级证书规则生成，不能设定“{key}”：请删去，或改为 issuer: authority");
            return CertificateRules.Enterprise with { Source = source };
        }
        if (authority is null)
            r.Error(map["issuer"]!, SchemeErrorCodes.MissingKey, "证书由认定部门颁发（issuer: authority）时须写明颁证部门：请加上 authority（如 福建省人力资源和社会保障厅）");
        if (pattern is null && maxLength is null)
            r.Error(map["issuer"]!, SchemeErrorCodes.MissingKey, "认定部门的证书编号须可核对：请写明 numberPattern（编号格式已知时），或 numberMaxLength（格式未知时，编号作自由文本登记）");
        if (maxLength is < 1 or > 200)
            r.Error(map["numberMaxLength"]!, SchemeErrorCodes.Inconsistent, "“numberMaxLength”应在1至200之间");
        if (pattern is not null)
        {
            try { _ = new System.Text.RegularExpressions.Regex(pattern); }
            catch (ArgumentException ex)
            {
                r.Error(map["numberPattern"]!, SchemeErrorCodes.Inconsistent, $"“numberPattern”不是有效的正则表达式：{ex.Message}");
            }
        }
        return new CertificateRules
        {
            Issuer = issuer.Value, Authority = authority, CertificateName = name, SubmitTo = submitTo, Decision = decision,
            NumberPattern = pattern, NumberMaxLength = maxLength is >= 1 and <= 200 ? maxLength.Value : 64, Source = source,
        };
    }

    private static bool TryIssuer(string t, out Domain.Certificates.CertificateIssuerKind v) => Pick(t, out v,
        ("enterprise", Domain.Certificates.CertificateIssuerKind.Enterprise), ("authority", Domain.Certificates.CertificateIssuerKind.Authority));

    private static bool TryDenominator(string t, out VoteDenominator v) => Pick(t, out v,
        ("all-members", VoteDenominator.AllEligibleMembers), ("present", VoteDenominator.MembersPresent),
        ("votes-cast", VoteDenominator.VotesCast), ("for-and-against", VoteDenominator.ForAndAgainst));

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
