using Enterprise.Eval.Domain.Levels;
using Enterprise.Eval.Domain.People;
using Enterprise.Eval.Domain.Roster;

namespace Enterprise.Eval.Domain.Tests.Roster;

public sealed class EmployeeSpecs
{
    private static readonly Guid Enterprise = Guid.Parse("6f1c1f8e-3c1a-4a53-9d0e-2b7f7c4d9a10");

    private static EmployeeRecord Record(string department = "一车间") => new(
        "E1", "张三", "11010519491231002X", department, "6-18-01-01", "车工", "车工", SkillLevel.SeniorTechnician,
        new DateOnly(2019, 5, 31), new DateOnly(2019, 6, 1), null, "大专", null, "中级", null, "13812341234", null);

    [Fact]
    public void Hire_TakesEveryField_AndGenderAndBirthDateFromTheIdNumber()
    {
        var employee = Employee.Hire(Enterprise, Record());

        Assert.Equal(Enterprise, employee.EnterpriseId);
        Assert.NotEqual(Guid.Empty, employee.Id);
        Assert.Equal(Gender.Female, employee.Gender);
        Assert.Equal(new DateOnly(1949, 12, 31), employee.BirthDate);
        Assert.Equal(Record(), employee.Snapshot());
    }

    [Fact]
    public void Apply_ReportsNoChange_ForTheRecordAnEmployeeWasHiredWith()
    {
        var employee = Employee.Hire(Enterprise, Record());

        Assert.False(employee.Apply(Record()));
    }

    [Fact]
    public void Apply_ReportsAChange_AndTakesIt()
    {
        var employee = Employee.Hire(Enterprise, Record());

        Assert.True(employee.Apply(Record(department: "二车间")));
        Assert.Equal("二车间", employee.Department);
    }
}
