using System.Security.Cryptography;

namespace CommunityGrains.Domain.Incentives;

/// <summary>The code a member shows to collect a reward: random, so it cannot be guessed from another one.</summary>
public static class RedemptionCode
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int Length = 16;

    /// <summary>16 characters of a 32-letter alphabet without look-alikes: 80 bits of randomness.</summary>
    public static string New()
    {
        var code = RandomNumberGenerator.GetItems<char>(Alphabet, Length);
        return string.Concat(new string(code, 0, 4), "-", new string(code, 4, 4), "-", new string(code, 8, 4), "-", new string(code, 12, 4));
    }
}
