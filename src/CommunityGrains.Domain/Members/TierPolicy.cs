using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Members;

/// <summary>Which tier a member's lifetime points reach. Lifetime points never drop, so neither does the tier.</summary>
public static class TierPolicy
{
    public static readonly IReadOnlyList<TierDefinition> Defaults =
    [
        new("BASIC", 0, []),
        new("ADVANCED", 200, []),
        new("CORE", 1000, []),
    ];

    public static TierDefinition TierFor(long lifetimePoints, IReadOnlyList<TierDefinition> tiers)
    {
        var reached = tiers[0];
        foreach (var tier in tiers)
        {
            if (lifetimePoints >= tier.MinLifetimePoints)
            {
                reached = tier;
            }
        }

        return reached;
    }

    public static int LevelOf(string tierName, IReadOnlyList<TierDefinition> tiers)
    {
        for (var i = 0; i < tiers.Count; i++)
        {
            if (string.Equals(tiers[i].Name, tierName, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>A table starts at 0, has unique names and strictly increasing thresholds.</summary>
    public static IReadOnlyList<TierDefinition> Validate(IReadOnlyList<TierDefinition> tiers)
    {
        if (tiers.Count is 0 or > 20)
        {
            throw new InvalidInputException("tiers", "must have between 1 and 20 tiers.");
        }

        var normalised = tiers
            .Select(t => new TierDefinition(
                InputLimits.Name(t.Name, "tiers.name"),
                t.MinLifetimePoints,
                t.Perks.Select(p => InputLimits.Title(p, "tiers.perks")).ToList()))
            .ToList();

        if (normalised[0].MinLifetimePoints != 0)
        {
            throw new InvalidInputException("tiers.minLifetimePoints", "the first tier must start at 0.");
        }

        for (var i = 1; i < normalised.Count; i++)
        {
            if (normalised[i].MinLifetimePoints <= normalised[i - 1].MinLifetimePoints)
            {
                throw new InvalidInputException("tiers.minLifetimePoints", "thresholds must be strictly increasing.");
            }
        }

        if (normalised.Select(t => t.Name.ToUpperInvariant()).Distinct().Count() != normalised.Count)
        {
            throw new InvalidInputException("tiers.name", "tier names must be unique.");
        }

        return normalised;
    }
}
