using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Members;

namespace CommunityGrains.Domain.Incentives;

/// <summary>What a reward may be, and who may redeem it.</summary>
public static class RewardRules
{
    public const int MaxStock = 1_000_000;
    public const int MaxCost = 10_000_000;

    /// <summary>Returns the tier name as the table spells it, or null for no minimum.</summary>
    public static (string Name, int Cost, int Stock, string? MinTier) Validate(
        string name, int cost, int stock, string? minTier, IReadOnlyList<TierDefinition> tiers)
    {
        var validName = InputLimits.Name(name, "input.name");
        InputLimits.Range(cost, "input.cost", 1, MaxCost);
        InputLimits.Range(stock, "input.stock", 0, MaxStock);
        if (minTier is null)
        {
            return (validName, cost, stock, null);
        }

        var level = TierPolicy.LevelOf(minTier.Trim(), tiers);
        if (level == 0)
        {
            throw new InvalidInputException("input.minTier", $"'{minTier}' is not one of the community's tiers.");
        }

        return (validName, cost, stock, tiers[level - 1].Name);
    }

    /// <summary>
    /// A member may redeem when their tier is at least the reward's. A minimum tier that was later removed from
    /// the table cannot be reached by anyone, so such a reward waits for a moderator rather than opening to all.
    /// </summary>
    public static bool TierAllows(string? minTier, int memberLifetimePoints, IReadOnlyList<TierDefinition> tiers)
    {
        if (minTier is null)
        {
            return true;
        }

        var required = TierPolicy.LevelOf(minTier, tiers);
        var reached = TierPolicy.LevelOf(TierPolicy.TierFor(memberLifetimePoints, tiers).Name, tiers);
        return required != 0 && reached >= required;
    }
}
