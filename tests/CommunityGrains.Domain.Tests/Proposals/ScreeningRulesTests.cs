using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Domain.Tests.Proposals;

public sealed class ScreeningRulesTests
{
    [Fact]
    public void The_mean_is_null_before_the_first_score() => Assert.Null(ScreeningRules.Mean([]));

    [Fact]
    public void The_mean_is_taken_over_all_scores() => Assert.Equal(3.5, ScreeningRules.Mean([3, 4]));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Scores_outside_one_to_five_are_refused(int score)
    {
        var refused = Assert.Throws<InvalidInputException>(() => ScreeningRules.Score(score, "input.value"));
        Assert.Contains("input.value", refused.Message);
    }

    [Fact]
    public void A_negative_budget_is_refused() =>
        Assert.Throws<InvalidInputException>(() => ProposalRules.Budget(-1, "input.budget"));
}
