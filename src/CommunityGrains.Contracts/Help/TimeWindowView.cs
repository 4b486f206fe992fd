namespace CommunityGrains.Contracts.Help;

/// <param name="Weekday">1 = Monday .. 7 = Sunday.</param>
/// <param name="From">"HH:mm" in the community's time zone.</param>
[GenerateSerializer, Immutable]
public sealed record TimeWindowView(
    [property: Id(0)] int Weekday,
    [property: Id(1)] string From,
    [property: Id(2)] string To);
