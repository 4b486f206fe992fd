using CommunityGrains.Domain.Help;

namespace CommunityGrains.Domain.Tests.Help;

public sealed class HelpMatchAlertTests
{
    [Fact]
    public void Each_author_is_told_once_in_match_order_without_the_poster()
    {
        var told = HelpMatchAlert.Recipients(["b", "me", "a", "b", "c"], postedBy: "me");

        Assert.Equal(["b", "a", "c"], told);
    }

    [Fact]
    public void At_most_ten_members_are_told()
    {
        var told = HelpMatchAlert.Recipients(Enumerable.Range(0, 30).Select(i => $"m{i}"), postedBy: "me");

        Assert.Equal(Enumerable.Range(0, HelpMatchAlert.MaxTold).Select(i => $"m{i}"), told);
    }

    [Fact]
    public void A_need_matches_offers_and_an_offer_needs()
    {
        Assert.Equal((HelpKind.Offer, HelpKind.Need), (HelpMatchAlert.Counterpart(HelpKind.Need), HelpMatchAlert.Counterpart(HelpKind.Offer)));
    }
}
