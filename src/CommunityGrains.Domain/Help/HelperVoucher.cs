using System.Security.Cryptography;
using System.Text;

namespace CommunityGrains.Domain.Help;

/// <summary>The service voucher a helper receives once, at their 10th completed help.</summary>
public static class HelperVoucher
{
    /// <summary>
    /// The redemption id is the member's, not the help's: concurrent completions of the 10th and 11th help ask the reward
    /// for the same redemption, and it issues one. Hashed so any member id fits the id limits; 96 bits never collide in
    /// a community.
    /// </summary>
    public static string RedemptionId(string memberId) =>
        "helps10-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(memberId)))[..24];
}
