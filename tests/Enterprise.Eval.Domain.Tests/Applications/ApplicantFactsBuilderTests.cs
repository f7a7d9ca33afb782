using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Domain.Tests.Applications;

/// <summary>Where "still in the occupation" comes from: the roster before anyone applies, the 申报表 after.</summary>
public sealed class ApplicantFactsBuilderTests
{
    private static Employee Employee(DateOnly? postStartedOn) => Domain.Roster.Employee.Hire(Guid.NewGuid(), new EmployeeRecord(
        "E00002", "王五", "33030219690617975X", "质量部", "6-31-01-03", "电工", "维修电工", SkillLevel.SeniorTechnician,
        new DateOnly(2020, 12, 1), postStartedOn, new DateOnly(1995, 7, 1), "大专", null, "无", null, null, null));

    [Fact]
    public void StillInOccupation_ComesFromTheRostersCurrentPost_BeforeAnyoneApplies()
    {
        var facts = ApplicantFactsBuilder.Build(Employee(new DateOnly(2021, 1, 26)), application: null, bans: []);

        Assert.True(facts.StillInOccupation);
    }

    [Fact]
    public void StillInOccupation_StaysUnknown_WhenTheRosterGivesNoCurrentPost()
    {
        var facts = ApplicantFactsBuilder.Build(Employee(postStartedOn: null), application: null, bans: []);

        Assert.Null(facts.StillInOccupation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void StillInOccupation_IsTheApplicantsStatement_OnceTheyApply(bool? statement)
    {
        var application = SkillApplication.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            ApplicationFixture.Form() with { StillInOccupation = statement }, [], ApplicationFixture.Window, ApplicationFixture.During);

        var facts = ApplicantFactsBuilder.Build(Employee(new DateOnly(2021, 1, 26)), application, bans: []);

        Assert.Equal(statement, facts.StillInOccupation);
    }

    [Theory]
    [InlineData(MisconductRecordKind.Ban, 1)]
    [InlineData(MisconductRecordKind.CreditRecord, 0)]   // 南通 002 二(六) 记入诚信记录: kept, bars nothing (issue 19 point 5)
    public void OnlyABan_CountsAgainstApplying_NotACreditRecord(MisconductRecordKind kind, int bans)
    {
        var employee = Employee(new DateOnly(2021, 1, 26));
        var record = BanRecord.ForYears(employee.EnterpriseId, employee.Id, null, new DateOnly(2025, 6, 1), 3, "弄虚作假", DateTimeOffset.UnixEpoch, "hr", kind);

        var facts = ApplicantFactsBuilder.Build(employee, application: null, bans: [record]);

        Assert.Equal(bans, facts.Bans!.Count);
    }
}
