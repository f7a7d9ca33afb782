using Enterprise.Eval.Domain.Review.Conflicts;
using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Conflicts;

public sealed class ConflictRegisterTests
{
    [Fact]
    public void Derive_RecusesMember_WhenInCandidatesUnitAndDepartment()
    {
        var member = Member("王工", unit: "甲公司", department: "一车间");
        var candidate = Candidate("李四", unit: "甲公司", department: "一车间");
        var register = new ConflictRegister();

        register.Derive([member], [candidate], Now);

        var recusal = Assert.Single(register.Recusals);
        Assert.Equal(ConflictSource.SameDepartment, recusal.Source);
        Assert.Equal((member.Id, candidate.Id), (recusal.MemberId, recusal.CandidateId));
        Assert.Equal("系统识别", recusal.SourceName);
    }

    [Fact]
    public void Derive_DoesNotRecuse_WhenSameDepartmentNameInAnotherUnit()
    {
        var register = new ConflictRegister();

        register.Derive([Member("王工", unit: "乙公司", department: "一车间")], [Candidate("李四", unit: "甲公司", department: "一车间")], Now);

        Assert.Empty(register.Recusals);
    }

    [Fact]
    public void Derive_RecusesLineManager_WhenEmployeeNumberMatchesInSameUnit()
    {
        var manager = Member("赵主任", unit: "甲公司", department: "设备部", employeeNumber: "E1001");
        var candidate = Candidate("李四", unit: "甲公司", department: "一车间", lineManager: "E1001");
        var register = new ConflictRegister();

        register.Derive([manager], [candidate], Now);

        Assert.Equal(ConflictSource.LineManager, Assert.Single(register.Recusals).Source);
    }

    [Fact]
    public void Declare_IsRefused_WhenReasonIsBlank()
    {
        var register = new ConflictRegister();

        var outcome = register.Declare(Member("王工"), Candidate("李四"), "  ", Now);

        Assert.Equal("EVAL-REVIEW-012", outcome.Code);
        Assert.Empty(register.Recusals);
    }

    [Fact]
    public void Declare_RecordsWhoWhomAndWhy_WhenReasonIsGiven()
    {
        var member = Member("王工");
        var candidate = Candidate("李四");
        var register = new ConflictRegister();

        register.Declare(member, candidate, "系申报人的师傅", Now);

        var recusal = Assert.Single(register.Recusals);
        Assert.Equal(("王工", "李四", ConflictSource.Declared, "系申报人的师傅"),
            (recusal.MemberName, recusal.CandidateName, recusal.Source, recusal.Reason));
        Assert.True(register.IsRecused(member.Id, candidate.Id));
    }
}
