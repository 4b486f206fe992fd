using CommunityGrains.Domain.Help;

namespace CommunityGrains.Domain.Tests.Help;

public sealed class HelpMatchScoreTests
{
    [Fact]
    public void A_closer_request_scores_higher() =>
        Assert.True(HelpMatchScore.Of(0.5, 3, 0, 0, 0, null) > HelpMatchScore.Of(2.5, 3, 0, 0, 0, null));

    [Fact]
    public void Shared_tags_raise_the_score() =>
        Assert.True(HelpMatchScore.Of(1, 3, 1, 1, 2, null) > HelpMatchScore.Of(1, 3, 0, 1, 2, null));

    [Fact]
    public void A_well_rated_author_ranks_above_an_unrated_one_who_ranks_above_a_poorly_rated_one()
    {
        var excellent = HelpMatchScore.Of(1, 3, 0, 0, 0, 5);
        var unrated = HelpMatchScore.Of(1, 3, 0, 0, 0, null);
        var poor = HelpMatchScore.Of(1, 3, 0, 0, 0, 1);
        Assert.True(excellent > unrated && unrated > poor);
    }

    [Fact]
    public void A_perfect_match_at_the_same_point_scores_one() =>
        Assert.Equal(1.0, HelpMatchScore.Of(0, 3, 2, 2, 3, 5));

    [Fact]
    public void The_weights_follow_the_documented_formula() =>
        Assert.Equal(Math.Round(0.5 * (1 - 1.5 / 3) + 0.3 * 0.5 + 0.2 * 0.75, 3), HelpMatchScore.Of(1.5, 3, 1, 2, 4, 4));

    [Fact]
    public void Shared_tags_keep_the_candidate_order() =>
        Assert.Equal(["garden", "tools"], HelpMatchScore.SharedTags(["tools", "garden"], ["garden", "ladder", "tools"]));

    [Theory]
    [InlineData(1.04, 1.0)]
    [InlineData(1.05, 1.1)]
    [InlineData(0.01, 0.0)]
    public void Distances_are_shown_to_a_tenth_of_a_km(double km, double shown) =>
        Assert.Equal(shown, HelpMatchScore.RoundedKm(km));

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(3, 0.5)]
    [InlineData(5, 1.0)]
    public void The_neighbor_score_for_a_rating_grows_with_the_stars_and_is_never_negative(int stars, double bonus) =>
        Assert.Equal(bonus, NeighborScore.ForRating(stars));
}
