using Enterprise.Eval.Application.Exports;
using Enterprise.Eval.Domain.Certificates;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Plugins;

/// <summary>
/// Issue 22 point 4: a pack's column names a key the host fills (or one the reporting staff type in), so a new column
/// never touches the host; a key the host does not know, or a phone column in a file that does not declare phone
/// numbers, is refused before anything is read or written.
/// </summary>
public sealed class ExportFieldSpecs(LoadedPacksFixture packs) : IClassFixture<LoadedPacksFixture>
{
    public static TheoryData<string> Adapters => new(ExportSamples.AdapterNames);

    [Theory]
    [MemberData(nameof(Adapters))]
    public void EveryShippedColumn_NamesAKeyTheHostFills_OrOneTypedIn(string name)
    {
        var adapter = packs.Adapter(name);
        var typedIn = ExportRowSource.EnteredFields(adapter).ToDictionary(f => f.Name, _ => "1");

        ExportRowSource.CheckFields(adapter, new ExportOptions(), typedIn);

        Assert.All(adapter.GetColumns(new ExportOptions()).Select(c => c.ExtraKey).OfType<string>(), key =>
            Assert.True(ExportFieldKeys.Known.Contains(key) || key.StartsWith(ExportFieldKeys.EnteredPrefix, StringComparison.Ordinal), key));
    }

    [Fact]
    public void WenzhouSummary_AsksForTheThreeEnterpriseFigures()
    {
        Assert.Equal(["enterprise-assets-10k-yuan", "enterprise-annual-sales-10k-yuan", "enterprise-headcount"],
            ExportRowSource.EnteredFields(packs.Adapter("wenzhou-summary")).Select(f => f.Name));
        Assert.Equal(ExportSubject.Applicants, ExportRowSource.SubjectOf(packs.Adapter("wenzhou-summary")));
        Assert.Equal(ExportSubject.RecommendedCandidates, ExportRowSource.SubjectOf(packs.Adapter("jiangsu-publicity")));
        Assert.Equal(ExportSubject.Certificates, ExportRowSource.SubjectOf(packs.Adapter("national")));
    }

    [Fact]
    public void AKeyTheHostDoesNotKnow_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            ExportRowSource.CheckFields(new OneColumnAdapter("shoe-size", ExportAdapterFeatures.ExtraFields), new ExportOptions(), new Dictionary<string, string>()));

        Assert.Equal(CertificateIssueErrors.UnknownField, refused.Code);
        Assert.Contains("鞋码", refused.Message);
    }

    [Fact]
    public void APhoneColumn_InAFileThatDoesNotDeclarePhoneNumbers_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            ExportRowSource.CheckFields(new OneColumnAdapter(ExportFieldKeys.Phone, ExportAdapterFeatures.PublicityList), new ExportOptions(), new Dictionary<string, string>()));

        Assert.Equal(CertificateIssueErrors.UndeclaredPhoneNumbers, refused.Code);
    }

    private sealed class OneColumnAdapter(string key, ExportAdapterFeatures features) : CsvExportAdapter
    {
        public override string Name => "one-column";
        public override string DisplayName => "单列测试格式";
        public override ExportAdapterFeatures Features => features;
        public override IReadOnlyList<ExportColumn> GetColumns(ExportOptions options) => [new("鞋码", key)];
        protected override void FormatRow(ExportRow row, int sequence, ExportOptions options, List<string?> cells) => cells.Add(ExtraValue(row, key));
    }
}
