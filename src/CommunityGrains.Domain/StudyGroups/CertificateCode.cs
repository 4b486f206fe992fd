using System.Security.Cryptography;

namespace CommunityGrains.Domain.StudyGroups;

/// <summary>
/// The code printed on a certificate: anyone who holds it can check the certificate without a token, so it must not
/// be guessable. "CG-" and seven groups of four letters from a 32-letter alphabet without look-alikes: 140 bits
/// drawn from the operating system's CSPRNG.
/// </summary>
public static class CertificateCode
{
    public const string Prefix = "CG";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int Groups = 7;
    private const int GroupLength = 4;

    /// <summary>Length of a well-formed code: the prefix, then a dash before each group.</summary>
    public const int Length = 2 + (Groups * (GroupLength + 1));

    public static string New()
    {
        var letters = RandomNumberGenerator.GetItems<char>(Alphabet, Groups * GroupLength);
        var groups = Enumerable.Range(0, Groups).Select(g => new string(letters, g * GroupLength, GroupLength));
        return Prefix + "-" + string.Join("-", groups);
    }

    /// <summary>
    /// The code in its printed shape (upper case, surrounding spaces dropped), or null when it cannot be a certificate
    /// code: a typed-in code may come in lower case, and anything else is simply not a certificate.
    /// </summary>
    public static string? Normalize(string? code)
    {
        var candidate = code?.Trim().ToUpperInvariant();
        if (candidate is null || candidate.Length != Length || !candidate.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        for (var i = Prefix.Length; i < candidate.Length; i++)
        {
            var dash = (i - Prefix.Length) % (GroupLength + 1) == 0;
            if (dash ? candidate[i] != '-' : !Alphabet.Contains(candidate[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return candidate;
    }
}
