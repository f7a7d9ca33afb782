using Enterprise.Eval.Worker;

namespace Enterprise.Eval.Integration.Tests.Api;

public sealed class HttpOptionsSpecs
{
    private static IEnumerable<string> Failures(string? publicBaseUrl) =>
        new HttpOptions.Validator().Validate(null, new HttpOptions { PublicBaseUrl = publicBaseUrl }).Failures ?? [];

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://eval.example.com")]
    [InlineData("https://hr.example.com/eval/")]
    public void PublicBaseUrl_EmptyOrAnHttpBase_IsAccepted(string? value) => Assert.Empty(Failures(value));

    [Theory]
    [InlineData("eval.example.com")]
    [InlineData("ftp://eval.example.com")]
    [InlineData("https://eval.example.com/?a=1")]
    public void PublicBaseUrl_NotAnHttpBase_IsRefusedNamingTheKey(string value) =>
        Assert.Contains(Failures(value), f => f.Contains("Http:PublicBaseUrl", StringComparison.Ordinal) && f.Contains(value, StringComparison.Ordinal));
}
