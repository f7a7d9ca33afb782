using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Tests.Schemes;

namespace Enterprise.Eval.Domain.Tests.Templates;

/// <summary>
/// Issue 19 acceptance: each template's header lists, clause by clause, which steps the enterprise (E) takes and which
/// an authority (A) takes, each line citing its seed's clause.
/// </summary>
public sealed class TemplateHeaderSpecs
{
    [Theory]
    [InlineData("plugins/Jiangsu/templates/jiangsu-grand-technician.yaml", "004")]
    [InlineData("plugins/Shandong/templates/binzhou-grand-technician.yaml", "003")]
    [InlineData("plugins/Fujian/templates/fujian-senior-technician.yaml", "000")]
    [InlineData("plugins/Jiangsu/templates/nantong-senior-technician.yaml", "002")]
    [InlineData("plugins/Zhejiang/templates/wenzhou-direct-senior.yaml", "001")]
    [InlineData("plugins/Zhejiang/templates/wenzhou-direct-technician.yaml", "001")]
    public void Header_SaysClauseByClause_WhoTakesEachStep(string path, string seed)
    {
        var header = RepoFiles.Read(path).Split('\n').TakeWhile(l => l.StartsWith('#')).ToList();

        Assert.Contains(header, l => l.StartsWith("# Who takes each step (issue 19).", StringComparison.Ordinal));
        var steps = header.Where(l => Regex.IsMatch(l, @"^#   [EA—]  \d{3} ")).ToList();
        Assert.Contains(steps, l => l.StartsWith("#   E  ", StringComparison.Ordinal));
        Assert.Contains(steps, l => l.StartsWith("#   A  ", StringComparison.Ordinal));
        Assert.All(steps, l => Assert.Equal(seed, l.Substring(7, 3)));
    }
}
