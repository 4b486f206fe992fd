using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// Counters and the open days' check-ins; past days move to their day grains on the next check-in, so this
/// write never grows with time.
/// </summary>
[GenerateSerializer]
public sealed class StudyGroupState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string Goal { get; set; } = "";
    [Id(3)] public int Capacity { get; set; }
    [Id(4)] public string? MentorId { get; set; }
    [Id(5)] public string CreatorId { get; set; } = "";
    [Id(6)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>In the order they joined; the creator first.</summary>
    [Id(7)] public List<string> Members { get; set; } = [];

    [Id(8)] public Dictionary<string, StoredStreak> Streaks { get; set; } = [];

    /// <summary>Days on which every member checked in.</summary>
    [Id(9)] public StoredStreak GroupStreak { get; set; } = StoredStreak.From(Streak.None);

    /// <summary>Members whose run of the community's certificateDays earned the certificate in this group.</summary>
    [Id(10)] public HashSet<string> Certified { get; set; } = [];

    /// <summary>Check-ins of the days not yet archived to their day grains: today, and days over since the last check-in.</summary>
    [Id(11)] public Dictionary<DateOnly, StudyGroupDayState> OpenDays { get; set; } = [];

    /// <summary>
    /// Display names of the members and the mentor, learnt when they join and told by the member when it changes,
    /// so a read of the group names everyone without asking each member.
    /// </summary>
    [Id(12)] public Dictionary<string, string> MemberNames { get; set; } = [];

    /// <summary>Lower case, without repeats; searched through the group index.</summary>
    [Id(13)] public List<string> Tags { get; set; } = [];

    /// <summary>
    /// Set with every change the search index shows (seats, mentor), cleared in memory once the index has it and
    /// stored cleared with the next write: a crash in between re-sends the absolute entry, which is harmless.
    /// </summary>
    [Id(14)] public bool IndexPending { get; set; }
}

[GenerateSerializer]
public sealed record StoredStreak(
    [property: Id(0)] int Current,
    [property: Id(1)] int Longest,
    [property: Id(2)] DateOnly? Last)
{
    public Streak ToStreak() => new(Current, Longest, Last);

    public static StoredStreak From(Streak streak) => new(streak.Current, streak.Longest, streak.Last);
}
