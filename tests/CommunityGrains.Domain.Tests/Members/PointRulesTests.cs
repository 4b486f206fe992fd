using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Members;

namespace CommunityGrains.Domain.Tests.Members;

public sealed class PointRulesTests
{
    [Fact]
    public void The_defaults_are_those_of_the_contract()
    {
        var rules = new PointRules(new Dictionary<PointAction, int>());
        Assert.Equal(5, rules.PointsFor(PointAction.Discussion));
        Assert.Equal(10, rules.PointsFor(PointAction.Suggestion));
        Assert.Equal(3, rules.PointsFor(PointAction.Vote));
        Assert.Equal(2, rules.PointsFor(PointAction.CheckIn));
        Assert.Equal(50, rules.PointsFor(PointAction.ProposalAdopted));
        Assert.Equal(100, rules.PointsFor(PointAction.StarOfTheMonth));
        Assert.Equal(5, rules.PointsFor(PointAction.EventAttended));
        Assert.Equal(3, rules.PointsFor(PointAction.PollVote));
        Assert.Equal(3, rules.PointsFor(PointAction.SurveyAnswered));
        Assert.Equal(2, rules.PointsFor(PointAction.QuestionAsked));
    }

    [Fact]
    public void An_override_changes_only_the_actions_it_names()
    {
        var first = PointRules.Merge(new Dictionary<PointAction, int>(), [KeyValuePair.Create(PointAction.Vote, 7)]);
        var second = PointRules.Merge(first, [KeyValuePair.Create(PointAction.CheckIn, 4)]);
        var rules = new PointRules(second);
        Assert.Equal(7, rules.PointsFor(PointAction.Vote));
        Assert.Equal(4, rules.PointsFor(PointAction.CheckIn));
        Assert.Equal(10, rules.PointsFor(PointAction.Suggestion));
    }

    [Fact]
    public void Redemptions_have_no_rule() =>
        Assert.Throws<InvalidInputException>(() => PointRules.Merge(new Dictionary<PointAction, int>(), [KeyValuePair.Create(PointAction.Redemption, 5)]));

    [Fact]
    public void Negative_points_are_refused() =>
        Assert.Throws<InvalidInputException>(() => PointRules.Merge(new Dictionary<PointAction, int>(), [KeyValuePair.Create(PointAction.Vote, -1)]));

    [Theory]
    [InlineData(1000)]
    [InlineData(-1000)]
    [InlineData(1)]
    public void An_adjustment_of_up_to_1000_points_either_way_is_accepted(int points) =>
        Assert.Equal(points, PointRules.Adjustment(points, "Because").Points);

    [Theory]
    [InlineData(1001, "Because", "points")]
    [InlineData(-1001, "Because", "points")]
    [InlineData(0, "Because", "points")]
    [InlineData(5, "", "reason")]
    [InlineData(5, null, "reason")]
    public void An_adjustment_out_of_range_or_without_a_reason_is_refused(int points, string? reason, string field) =>
        Assert.Equal(field, Assert.Throws<InvalidInputException>(() => PointRules.Adjustment(points, reason)).Field);

    [Fact]
    public void Welcome_and_adjustment_points_are_not_set_by_a_rule() =>
        Assert.Throws<InvalidInputException>(() => PointRules.Merge(new Dictionary<PointAction, int>(), [KeyValuePair.Create(PointAction.Welcome, 5)]));
}
