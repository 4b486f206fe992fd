using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Domain.Tests.Incentives;

public sealed class BadgeRulesTests
{
    [Theory]
    [InlineData("STAR_OF_THE_MONTH")]
    [InlineData("star_of_the_month")]
    [InlineData("Helper_10")]
    public void Automatic_badge_ids_are_recognised_in_any_case(string id) => Assert.True(BadgeRules.IsAutomatic(id));

    [Fact]
    public void A_badge_id_with_a_slash_is_refused() =>
        Assert.Equal("input.id", Assert.Throws<InvalidInputException>(() => BadgeRules.Define("a/b", "Name", "Description")).Field);
}
