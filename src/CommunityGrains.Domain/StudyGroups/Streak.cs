namespace CommunityGrains.Domain.StudyGroups;

/// <summary>A run of consecutive check-in days as stored: counters only, never the list of days.</summary>
/// <param name="Current">The run that ended on <paramref name="Last"/>; whether it is still alive depends on today.</param>
public sealed record Streak(int Current, int Longest, DateOnly? Last)
{
    public static readonly Streak None = new(0, 0, null);
}
