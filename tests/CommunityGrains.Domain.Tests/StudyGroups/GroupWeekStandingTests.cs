using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class GroupWeekStandingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static GroupWeekStanding G(string id, int checkIns, int members, int reviews = 0, int minutes = 0) =>
        new(id, checkIns, members, reviews, Monday.AddMinutes(minutes));

    [Fact]
    public void The_higher_check_in_rate_wins_whatever_the_group_sizes()
    {
        // 2/7 against 3/14: the small group wins however many reviews the big one has.
        Assert.True(G("small", 2, 1).CompareTo(G("big", 3, 2, reviews: 9)) < 0);

        // 2/7 and 4/14 are the same fraction: nothing else differs, so they compare equal.
        Assert.Equal(0, G("a", 2, 1).CompareTo(G("a", 4, 2)));
    }

    [Fact]
    public void Rates_equal_as_fractions_tie_and_go_to_more_reviews()
    {
        Assert.True(G("b", 4, 2, reviews: 1).CompareTo(G("a", 2, 1, reviews: 0)) < 0);
    }

    [Fact]
    public void Equal_rates_and_reviews_go_to_the_group_that_reached_them_first()
    {
        Assert.True(G("z", 3, 3, 2, minutes: 1).CompareTo(G("a", 3, 3, 2, minutes: 2)) < 0);
    }

    [Fact]
    public void The_rate_is_capped_at_one_so_turnover_cannot_beat_a_perfect_week()
    {
        var perfect = G("perfect", 7, 1, minutes: 0);
        var turnover = G("turnover", 10, 1, minutes: 5);

        Assert.Equal(1, turnover.CheckInRate);
        Assert.Same(perfect, GroupWeekStanding.Best(turnover, perfect));
    }

    [Fact]
    public void A_group_without_check_ins_does_not_compete()
    {
        Assert.False(G("idle", 0, 3, reviews: 4).Competes);
        Assert.Null(GroupWeekStanding.Best(null, null));
    }
}
