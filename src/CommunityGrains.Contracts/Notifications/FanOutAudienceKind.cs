namespace CommunityGrains.Contracts.Notifications;

/// <summary>Append only: stored by number.</summary>
public enum FanOutAudienceKind
{
    /// <summary>The members following a subject, in its follower shards.</summary>
    Followers = 0,

    /// <summary>Every member of the community, in its roster shards.</summary>
    Community = 1,

    /// <summary>The members registered for an event with one of the given statuses, in its registration pages.</summary>
    EventRegistrants = 2,
}
