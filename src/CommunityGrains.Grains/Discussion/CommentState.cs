using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Notifications;

namespace CommunityGrains.Grains.Discussion;

[GenerateSerializer]
public sealed class CommentState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public SubjectRef? Thread { get; set; }
    [Id(2)] public string AuthorId { get; set; } = "";
    [Id(3)] public string Body { get; set; } = "";
    [Id(4)] public List<string> MentionIds { get; set; } = [];
    [Id(5)] public string? ReplyToId { get; set; }
    [Id(6)] public DateTimeOffset CreatedAt { get; set; }
    [Id(7)] public DateTimeOffset? EditedAt { get; set; }
    [Id(8)] public bool Hidden { get; set; }
    [Id(9)] public string? HiddenReason { get; set; }

    /// <summary>Emoji to the members who reacted with it: bounded by the fixed set times the community.</summary>
    [Id(10)] public Dictionary<string, HashSet<string>> Reactions { get; set; } = [];

    /// <summary>The place in the thread once given; until then the post's effects are pending.</summary>
    [Id(11)] public long? Sequence { get; set; }
    [Id(12)] public bool PointsDecided { get; set; }
    [Id(13)] public bool ThreadKnowsHidden { get; set; } = true;
    [Id(14)] public List<Announcement> Announcements { get; set; } = [];

    /// <summary>In the author's own list (their data export) and counted in the day's trends; pending until then.</summary>
    [Id(15)] public bool AuthorListed { get; set; }
    [Id(16)] public bool CountedInTrends { get; set; }
}
