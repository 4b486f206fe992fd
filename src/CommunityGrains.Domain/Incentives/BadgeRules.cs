using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Incentives;

public static class BadgeRules
{
    /// <summary>Defined badges per community: a catalogue, not a log, so it stays one small write.</summary>
    public const int MaxDefined = 200;

    public static BadgeDefinition Define(string id, string name, string description) => new(
        InputLimits.Id(id, "input.id"),
        InputLimits.Name(name, "input.name"),
        InputLimits.Title(description, "input.description"),
        Automatic: false);

    /// <summary>Compared ignoring case so that "star_of_the_month" cannot pass for the automatic badge.</summary>
    public static bool IsAutomatic(string id) => AutomaticBadges.Find(id.ToUpperInvariant()) is not null;
}
