namespace CommunityGrains.Domain.Help;

/// <param name="Weekday">1 = Monday .. 7 = Sunday.</param>
public sealed record TimeWindow(int Weekday, TimeOnly From, TimeOnly To)
{
    public bool Overlaps(TimeWindow other) => Weekday == other.Weekday && From < other.To && other.From < To;
}
