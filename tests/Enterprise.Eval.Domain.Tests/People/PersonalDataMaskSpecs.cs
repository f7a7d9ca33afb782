using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Domain.Tests.People;

public sealed class PersonalDataMaskSpecs
{
    [Fact]
    public void IdNumber_KeepsFirstSixAndLastFour() => Assert.Equal("110105********002X", PersonalDataMask.IdNumber("11010519491231002X"));

    [Fact]
    public void Mobile_KeepsFirstThreeAndLastFour() => Assert.Equal("138****1234", PersonalDataMask.Mobile("13812341234"));

    [Fact]
    public void ShortValue_IsMaskedWhole() => Assert.Equal("*****", PersonalDataMask.Mobile("12345"));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("王小明", "王*明")]
    [InlineData("欧阳建国", "欧**国")]
    [InlineData(" 李娜 ", "李*")]
    [InlineData("", "")]
    public void Name_KeepsTheFirstAndForLongerNamesTheLastCharacter(string name, string shown) => Assert.Equal(shown, PersonalDataMask.Name(name));
}
