using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Domain.Tests.Incentives;

public sealed class RedemptionCodeTests
{
    [Fact]
    public void Redemption_codes_do_not_repeat() =>
        Assert.Equal(10_000, Enumerable.Range(0, 10_000).Select(_ => RedemptionCode.New()).Distinct().Count());

    [Fact]
    public void A_redemption_code_has_four_groups_of_four() =>
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", RedemptionCode.New());
}
