using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Help;

namespace CommunityGrains.Domain.Tests.Help;

public sealed class HelperVoucherTests
{
    [Fact]
    public void The_redemption_id_is_one_per_member_and_a_valid_id_whatever_the_member_id()
    {
        var longest = new string('m', InputLimits.MaxIdLength);

        Assert.Equal(HelperVoucher.RedemptionId("bob"), HelperVoucher.RedemptionId("bob"));
        Assert.NotEqual(HelperVoucher.RedemptionId("bob"), HelperVoucher.RedemptionId("alice"));
        Assert.Equal(HelperVoucher.RedemptionId(longest), InputLimits.Id(HelperVoucher.RedemptionId(longest), "redemptionId"));
    }
}
