using CommunityGrains.Domain.Members;

namespace CommunityGrains.Domain.Tests.Members;

public sealed class SegmentRulesTests
{
    [Fact]
    public void The_top_5_percent_of_twenty_members_is_the_best_one()
    {
        var points = Enumerable.Range(1, 19).Append(500).ToList();

        Assert.Equal(500, SegmentRules.ExpertThreshold(points));
    }

    [Fact]
    public void The_top_5_percent_is_at_least_one_member_and_rounds_up()
    {
        Assert.Equal(9, SegmentRules.ExpertThreshold([9, 3, 1]));
        Assert.Equal(40, SegmentRules.ExpertThreshold(Enumerable.Range(1, 21).Select(i => i * 2)));
    }

    [Fact]
    public void No_one_is_an_expert_by_points_before_anyone_earned_any()
    {
        Assert.Null(SegmentRules.ExpertThreshold([]));
        Assert.Null(SegmentRules.ExpertThreshold([0, 0, 0]));
        Assert.False(SegmentRules.IsExpert(granted: false, 0, threshold: null));
    }

    [Fact]
    public void Ties_at_the_threshold_are_all_experts_and_a_grant_makes_anyone_one()
    {
        Assert.True(SegmentRules.IsExpert(granted: false, 50, threshold: 50));
        Assert.False(SegmentRules.IsExpert(granted: false, 49, threshold: 50));
        Assert.True(SegmentRules.IsExpert(granted: true, 0, threshold: 50));
    }

    [Fact]
    public void A_member_is_a_newcomer_for_30_days()
    {
        var joined = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

        Assert.True(SegmentRules.IsNewcomer(joined, joined.AddDays(30).AddTicks(-1)));
        Assert.False(SegmentRules.IsNewcomer(joined, joined.AddDays(30)));
    }
}
