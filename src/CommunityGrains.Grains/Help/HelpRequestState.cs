using CommunityGrains.Contracts.Help;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Domain.Help;

namespace CommunityGrains.Grains.Help;

[GenerateSerializer]
public sealed class HelpRequestState
{
    [Id(0)] public bool Posted { get; set; }
    [Id(1)] public HelpKind Kind { get; set; }
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public string Description { get; set; } = "";
    [Id(4)] public List<string> Tags { get; set; } = [];

    /// <summary>The exact point: used for the index and for matching, never put into a view.</summary>
    [Id(5)] public GeoPoint Location { get; set; } = new(0, 0);

    [Id(6)] public string AuthorId { get; set; } = "";

    /// <summary>OPEN, MATCHED, COMPLETED or CANCELLED; EXPIRED is derived from <see cref="ExpiresAt"/> on every access.</summary>
    [Id(7)] public HelpStatus Status { get; set; }

    [Id(8)] public DateTimeOffset CreatedAt { get; set; }
    [Id(9)] public DateTimeOffset ExpiresAt { get; set; }
    [Id(10)] public List<HelpVolunteer> Volunteers { get; set; } = [];
    [Id(11)] public string? HelperId { get; set; }
    [Id(12)] public DateTimeOffset? CompletedAt { get; set; }
    [Id(13)] public List<HelpRatingView> Ratings { get; set; } = [];
    [Id(14)] public double? AuthorHelperRating { get; set; }

    // Effects on other grains, recorded only once they are durable there; until then every access re-sends them.
    [Id(15)] public bool Indexed { get; set; }
    [Id(16)] public bool CompletionRewarded { get; set; }
    [Id(17)] public bool HelperRatingRecorded { get; set; }

    /// <summary>Notifications and webhook events of the last changes, sent with the other effects (see Announcer).</summary>
    [Id(18)] public List<Contracts.Notifications.Announcement> Announcements { get; set; } = [];

    [Id(24)] public List<TimeWindowView> Availability { get; set; } = [];
    [Id(19)] public bool OfferCounted { get; set; }

    /// <summary>The stored status the author's list was last told; null before the first report.</summary>
    [Id(20)] public HelpStatus? ListedStatus { get; set; }

    [Id(22)] public bool RequesterRatingRecorded { get; set; }
}

/// <param name="Message">Kept for the author; not part of the public view.</param>
[GenerateSerializer]
public sealed record HelpVolunteer([property: Id(0)] string MemberId, [property: Id(1)] string? Message, [property: Id(2)] DateTimeOffset At);
