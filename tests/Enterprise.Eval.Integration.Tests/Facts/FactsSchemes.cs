using System.Text.RegularExpressions;
using Enterprise.Eval.TestKit;

namespace Enterprise.Eval.Integration.Tests.Facts;

/// <summary>
/// The shipped 南通 template (year 2026) with one route cut down to 技师证书, 业务能力 (attested, item
/// <c>competence</c>) and five years of appraisals, so E00008 of samples/roster.csv can become eligible on stored
/// facts and one attestation alone.
/// </summary>
internal static partial class FactsSchemes
{
    public static string NantongCut()
    {
        var text = File.ReadAllText(RepositoryRoot.File("plugins", "Jiangsu", "templates", "nantong-senior-technician.yaml"))
            .Replace("\nyear: 2019", "\nyear: 2026", StringComparison.Ordinal);
        var cut = Routes().Replace(text,
            "  routes:\n    - {id: standard, name: 常规申报, kind: standard, requires: [technician-held, competence, appraisals], source: 002 一(二)}\n", 1);
        if (cut == text) throw new InvalidOperationException("the 南通 template no longer has the routes this cut replaces");
        return cut;
    }

    [GeneratedRegex(@"^  routes:\n.*?(?=^# The seed names the steps)", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Routes();
}
