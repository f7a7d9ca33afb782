using Enterprise.Eval.Domain.Review.Quotas;
using static Enterprise.Eval.Domain.Tests.Review.Quotas.QuotaFixtures;

namespace Enterprise.Eval.Domain.Tests.Review.Quotas;

public sealed class UnitTierTableTests
{
    [Theory]
    [InlineData(25, false, 3)]
    [InlineData(20, false, 3)]
    [InlineData(19, false, 2)]
    [InlineData(10, false, 2)]
    [InlineData(9, false, 1)]
    [InlineData(5, true, 1)]
    [InlineData(4, false, 1)]
    [InlineData(4, true, 0)]
    [InlineData(0, true, 0)]
    public void PlacesFor_FollowsNantongTiers(int technicians, bool hadPlaceLastYear, int places)
    {
        Assert.Equal(places, UnitTierTable.Nantong.PlacesFor(technicians, hadPlaceLastYear));
    }

    [Fact]
    public void Table_Throws_WhenTiersOverlap()
    {
        Assert.Throws<ArgumentException>(() => new UnitTierTable([new UnitQuotaTier(0, 5, 1), new UnitQuotaTier(5, null, 2)]));
    }

    private static RecommendationPolicy Nantong(params UnitQuotaEntry[] roster) =>
        new(null, [], [TieBreak.EarlierApplication], UnitTiers: UnitTierTable.Nantong, UnitRoster: roster);

    [Fact]
    public void Recommend_GivesTwoPlaces_WhenUnitHolds12Technicians()
    {
        var entries = Enumerable.Range(0, 4).Select(i => Entry($"电工{i}", 90 - i, "电工", "市医院")).ToList();

        var result = Recommender.Recommend(Nantong(new UnitQuotaEntry("市医院", "电工", 12, false)), entries);

        Assert.Equal(2, result.Recommended.Count);
        Assert.Equal("EVAL-QUOTA-016", result.WaitingList[0].Notes.Single().Code);
    }

    [Fact]
    public void Recommend_BlocksConsecutiveYear_WhenSmallUnitHadAPlaceLastYear()
    {
        var result = Recommender.Recommend(Nantong(new UnitQuotaEntry("市图书馆", "电工", 3, true)),
            [Entry("电工", 90, "电工", "市图书馆")]);

        Assert.Empty(result.Recommended);
        Assert.Equal("EVAL-QUOTA-015", result.WaitingList.Single().Notes.Single().Code);
    }

    [Fact]
    public void Recommend_DoesNotCountRepeatApplicant_WhenTheyDoNotUseUnitQuota()
    {
        var entries = new[]
        {
            Entry("往年参评", 95, "电工", "市医院", usesUnitQuota: false),
            Entry("新申报", 90, "电工", "市医院"),
        };

        var result = Recommender.Recommend(Nantong(new UnitQuotaEntry("市医院", "电工", 6, false)), entries);

        Assert.Equal(2, result.Recommended.Count);
    }

    [Fact]
    public void Recommend_Blocks_WhenRosterLacksTheUnit()
    {
        var result = Recommender.Recommend(Nantong(), [Entry("电工", 90, "电工", "市医院")]);

        Assert.Equal("EVAL-QUOTA-014", result.WaitingList.Single().Notes.Single().Code);
    }
}
