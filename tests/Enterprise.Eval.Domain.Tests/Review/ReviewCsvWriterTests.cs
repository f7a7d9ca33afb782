using System.Text;
using Enterprise.Eval.Application.Review;
using Enterprise.Eval.Domain.Review.Outputs;
using static Enterprise.Eval.Domain.Tests.Review.ReviewFixtures;

namespace Enterprise.Eval.Domain.Tests.Review;

public sealed class ReviewCsvWriterTests
{
    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void WriteRecommendedList_WritesBomChineseHeaderAndRows()
    {
        var rows = new[] { new RecommendedListRow(1, "张三", "甲公司", "一车间", "车工", "特级技师", 88.5m, 1, "") };

        var text = Written(s => new ReviewCsvWriter().WriteRecommendedList(s, rows));

        Assert.StartsWith("\uFEFF序号,姓名,工作单位,部门,职业（工种）,申报等级,综合得分,排名,备注\r\n", text);
        Assert.Contains("1,张三,甲公司,一车间,车工,特级技师,88.50,1,\r\n", text);
    }

    [Fact]
    public void WriteRecommendedList_EscapesCellsThatStartLikeAFormula()
    {
        var rows = new[] { new RecommendedListRow(1, "=HYPERLINK(\"x\")", "甲公司", "", "车工", "技师", 80m, 1, "") };

        var text = Written(s => new ReviewCsvWriter().WriteRecommendedList(s, rows));

        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.Contains("'=HYPERLINK", text);
    }

    [Fact]
    public void WriteMinutesVotes_WritesThe表决结果Columns()
    {
        var candidate = Candidate("李四");
        var session = Started(Session(Committee(7, 7), [candidate]));
        session.OpenBallot(candidate.Id);
        foreach (var m in session.Committee.Members.Take(4))
            session.Vote(candidate.Id, m.Id, Domain.Review.Voting.VoteChoice.For, Now);
        var minutes = ReviewOutputs.Minutes(session);

        var text = Written(s => new ReviewCsvWriter().WriteMinutesVotes(s, minutes));

        Assert.Contains("申报人,表决方式,评审组人数,回避人数,到会人数,同意人数,反对人数,弃权人数,同意票率（%）,表决结论", text);
        Assert.Contains("李四,无记名,7,0,4,4,0,0,57.14,通过", text);
    }
}
