using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Tests.People;

public sealed class ResidentIdNumberSpecs
{
    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, Gender.Female)]
    [InlineData("440524188001010014", 1880, 1, 1, Gender.Male)]
    [InlineData("11010519491231002x", 1949, 12, 31, Gender.Female)]
    public void Parse_StandardExamples_ReadsBirthDateAndGender(string text, int y, int m, int d, Gender gender)
    {
        var id = ResidentIdNumber.Parse(text);

        Assert.Equal(new DateOnly(y, m, d), id.BirthDate);
        Assert.Equal(gender, id.Gender);
    }

    [Theory]
    [InlineData("110105194912310021", "EVAL-ID-004")]
    [InlineData("11010519491231002", "EVAL-ID-001")]
    [InlineData("1101051949123100AX", "EVAL-ID-002")]
    [InlineData("110105194913310026", "EVAL-ID-003")]
    public void Parse_InvalidNumber_FailsWithItsOwnCode(string text, string code)
    {
        var e = Assert.Throws<DomainException>(() => ResidentIdNumber.Parse(text));
        Assert.Equal(code, e.Code);
    }

    [Fact]
    public void ToString_IsMasked_SoNoLogLineCarriesTheNumber()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X");

        Assert.Equal("110105********002X", id.ToString());
        Assert.Equal("110105********002X", $"{id}");
    }
}
