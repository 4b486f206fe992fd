using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Members;

namespace CommunityGrains.Domain.Tests.Members;

public sealed class TierPolicyTests
{
    [Theory]
    [InlineData(0, "BASIC")]
    [InlineData(199, "BASIC")]
    [InlineData(200, "ADVANCED")]
    [InlineData(999, "ADVANCED")]
    [InlineData(1000, "CORE")]
    [InlineData(50_000, "CORE")]
    public void A_tier_is_reached_exactly_at_its_threshold(int lifetime, string tier) =>
        Assert.Equal(tier, TierPolicy.TierFor(lifetime, TierPolicy.Defaults).Name);

    [Fact]
    public void A_table_must_start_at_zero() =>
        Assert.Throws<InvalidInputException>(() => TierPolicy.Validate([new("A", 10, [])]));

    [Fact]
    public void Thresholds_must_strictly_increase() =>
        Assert.Throws<InvalidInputException>(() => TierPolicy.Validate([new("A", 0, []), new("B", 100, []), new("C", 100, [])]));

    [Fact]
    public void Tier_names_must_be_unique_ignoring_case() =>
        Assert.Throws<InvalidInputException>(() => TierPolicy.Validate([new("Gold", 0, []), new("GOLD", 100, [])]));

    [Fact]
    public void The_level_is_the_position_in_the_table() =>
        Assert.Equal(2, TierPolicy.LevelOf("ADVANCED", TierPolicy.Defaults));
}
