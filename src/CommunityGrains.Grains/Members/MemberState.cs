using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// Partial like the grain. [Id] ranges are reserved per capability so their files never collide:
/// core 0-19, help 20-29, incentives 30-49, study groups 50-59, proposals 60-69, feedback 70-79.
/// Never renumber an [Id]: stored state depends on it.
/// </summary>
[GenerateSerializer]
public sealed partial class MemberState
{
    [Id(0)] public bool Joined { get; set; }
    [Id(1)] public string DisplayName { get; set; } = "";
    // [Id(2)] held the segment members chose themselves; segments are derived now (SegmentRules). Never reuse it.
    [Id(3)] public List<string> Interests { get; set; } = [];
    [Id(4)] public DateTimeOffset JoinedAt { get; set; }
    [Id(5)] public int Balance { get; set; }
    [Id(6)] public int Lifetime { get; set; }
    [Id(7)] public long NextSequence { get; set; } = 1;

    /// <summary>Newest last; older entries move to <see cref="ArchivedMonths"/>.</summary>
    [Id(8)] public List<PointsEntryView> Recent { get; set; } = [];

    /// <summary>Months (yyyy-MM, ascending) that hold archived entries, each with its highest sequence.</summary>
    [Id(9)] public List<ArchivedMonth> ArchivedMonths { get; set; } = [];

    /// <summary>Applied award keys with when they were applied, pruned after the retry window.</summary>
    [Id(10)] public Dictionary<string, AppliedAward> AppliedAwards { get; set; } = [];

    [Id(11)] public List<BadgeAwardView> Badges { get; set; } = [];
    [Id(12)] public HashSet<string> BadgeKeys { get; set; } = [];

    [Id(14)] public int HelpsCompleted { get; set; }
    [Id(15)] public int HelperStarsSum { get; set; }
    [Id(16)] public int HelperRatings { get; set; }

    /// <summary>Notifications and webhook events of the last change (badge, tier, joining), sent after its write (see Announcer).</summary>
    [Id(18)] public List<Contracts.Notifications.Announcement> Announcements { get; set; } = [];
}

[GenerateSerializer]
public sealed record ArchivedMonth([property: Id(0)] string Month, [property: Id(1)] long MaxSequence);

[GenerateSerializer]
public sealed record AppliedAward([property: Id(0)] DateTimeOffset At, [property: Id(1)] int Points);
