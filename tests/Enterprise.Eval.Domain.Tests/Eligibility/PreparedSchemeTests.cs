using Enterprise.Eval.Domain.Eligibility;
using Enterprise.Eval.Domain.Eligibility.Facts;
using Enterprise.Eval.Domain.Eligibility.Routes;
using Enterprise.Eval.Domain.Eligibility.Verdicts;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Tests.Schemes;

namespace Enterprise.Eval.Domain.Tests.Eligibility;

/// <summary>A scheme prepared once screens exactly as the scheme itself, trace for trace.</summary>
public sealed class PreparedSchemeTests
{
    private static readonly DateOnly WindowClose = new(2022, 2, 28);

    private static ApplicantFacts Applicant(DateOnly? postStart, string? titleRank, bool attested) => new()
    {
        EmployeeNumber = "P1", Name = "王强",
        LevelHeld = SkillLevel.SeniorTechnician, LevelHeldSince = new DateOnly(2016, 12, 1), LevelOccupationCode = "6-18-01-01",
        PostStartedOn = postStart, StillInOccupation = true, TitleRank = titleRank, Achievements = [], Bans = [],
        Attestations = attested ? new Dictionary<string, Attestation> { ["ethics"] = new(true, "经考察") } : [],
    };

    public static TheoryData<DateOnly?, string?, bool> Applicants => new()
    {
        { new DateOnly(2017, 2, 28), "中级", true },   // eligible
        { new DateOnly(2017, 2, 28), "中级", false },  // waits for the ethics attestation
        { new DateOnly(2017, 3, 1), "中级", true },    // one day short: ineligible
        { null, null, true },                          // facts missing: undetermined
    };

    [Theory]
    [MemberData(nameof(Applicants))]
    public void Evaluate_WithAPreparedScheme_GivesTheSameVerdictAndTrace(DateOnly? postStart, string? titleRank, bool attested)
    {
        var facts = Applicant(postStart, titleRank, attested);
        var prepared = EligibilityEngine.Prepare(RepoFiles.Jiangsu);

        var expected = EligibilityEngine.Evaluate(RepoFiles.Jiangsu, facts, WindowClose);
        var first = EligibilityEngine.Evaluate(prepared, facts, WindowClose);
        var again = EligibilityEngine.Evaluate(prepared, facts, WindowClose);

        Assert.Equal(VerdictReport.Lines(expected), VerdictReport.Lines(first));
        Assert.Equal(VerdictReport.Lines(expected), VerdictReport.Lines(again));
        Assert.Equal(expected.Summary, first.Summary);
        Assert.Equal(expected.MissingFacts, first.MissingFacts);
        Assert.Equal(expected.PendingAttestationNames, first.PendingAttestationNames);
        Assert.Equal(expected.FailingReasons, first.FailingReasons);
    }

    [Fact]
    public void Prepare_OrdersRoutes_DirectConfirmationThenStandardThenRelaxation()
    {
        var prepared = EligibilityEngine.Prepare(RepoFiles.Jiangsu);

        static int Rank(RouteKind kind) => kind switch { RouteKind.DirectConfirmation => 0, RouteKind.Standard => 1, _ => 2 };
        var ranks = prepared.Routes.Select(r => Rank(r.Kind)).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(RepoFiles.Jiangsu.Eligibility.Routes.Count, prepared.Routes.Count);
    }

    [Fact]
    public void NameOf_GivesTheAttestedItemsName_AndTheCodeWhenNothingNamesIt()
    {
        var prepared = EligibilityEngine.Prepare(RepoFiles.Jiangsu);
        var pending = EligibilityEngine.Evaluate(prepared, Applicant(new DateOnly(2017, 2, 28), "中级", false), WindowClose);

        Assert.Equal(VerdictKind.NeedsAttestation, pending.Kind);
        Assert.Equal(pending.PendingAttestationNames, pending.PendingAttestations.Select(prepared.NameOf));
        Assert.NotEqual("ethics", prepared.NameOf("ethics"));
        Assert.Equal("no-such-code", prepared.NameOf("no-such-code"));
    }
}
