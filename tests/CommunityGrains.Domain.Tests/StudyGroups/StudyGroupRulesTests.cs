using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class StudyGroupRulesTests
{
    [Fact]
    public void Capacity_defaults_to_five()
    {
        Assert.Equal(5, StudyGroupRules.Capacity(null));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public void Capacity_outside_three_to_five_is_refused(int capacity)
    {
        var refused = Assert.Throws<InvalidInputException>(() => StudyGroupRules.Capacity(capacity));
        Assert.Equal("input.capacity", refused.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Ratings_outside_one_to_five_are_refused(int rating)
    {
        Assert.Throws<InvalidInputException>(() => StudyGroupRules.Rating(rating));
    }
}
