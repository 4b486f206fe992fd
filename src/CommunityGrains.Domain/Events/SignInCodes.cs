using System.Security.Cryptography;
using System.Text;

namespace CommunityGrains.Domain.Events;

/// <summary>
/// Codes for the venue screen. Drawn with <see cref="RandomNumberGenerator"/> from 31 letters and digits without
/// look-alikes (no 0/O, 1/I/L): 8 of them are about 40 bits, far beyond guessing within a code's ten minutes.
/// </summary>
public static class SignInCodes
{
    public const int Length = 8;
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Typed codes forgive case and spaces; the comparison takes the same time whatever matches.</summary>
    public static bool Matches(string issued, string? typed)
    {
        var normalised = (typed ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(issued), Encoding.UTF8.GetBytes(normalised));
    }
}
