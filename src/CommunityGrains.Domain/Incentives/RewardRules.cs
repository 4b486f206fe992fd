using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Members;

namespace CommunityGrains.Domain.Incentives;

/// <summary>What a reward may be, and who may redeem it.</summary>
public static class RewardRules
{
    public const int MaxStock = 1_000_000;
    public const int MaxCost = 10_000_000;

    /// <summary>Returns the tier name as the table spells it, or null for no minimum.</summary>
    /// <param name="prefix">How the fields are named in the request: <c>input.</c> for addReward, nothing for updateReward's arguments.</param>
    public static (string Name, int Cost, int Stock, string? MinTier) Validate(
        string name, int cost, int stock, string? minTier, IReadOnlyList<TierDefinition> tiers, string prefix = "input.")
    {
        var validName = InputLimits.Name(name, prefix + "name");
        InputLimits.Range(cost, prefix + "cost", 1, MaxCost);
        InputLimits.Range(stock, prefix + "stock", 0, MaxStock);
        if (minTier is null)
        {
            return (validName, cost, stock, null);
        }

        var level = TierPolicy.LevelOf(minTier.Trim(), tiers);
        if (level == 0)
        {
            throw new InvalidInputException(prefix + "minTier", $"'{minTier}' is not one of the community's tiers.");
        }

        return (validName, cost, stock, tiers[level - 1].Name);
    }

    /// <summary>
    /// The new number left to redeem when a moderator says how many are on hand: those redeemed and not yet handed
    /// over (and reservations in flight) are part of what is on hand, so it may not drop below them.
    /// </summary>
    public static int LeftAfterRestock(int onHand, int reserved)
    {
        InputLimits.Range(onHand, "stock", 0, MaxStock);
        if (onHand < reserved)
        {
            throw new InvalidInputException("stock", $"must be at least {reserved}, the redemptions not yet handed over.");
        }

        return onHand - reserved;
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
