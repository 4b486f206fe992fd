using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

/// <summary>One request in its author's list; <see cref="Status"/> is the stored one, EXPIRED is derived from <see cref="ExpiresAt"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record HelpRequestListing(
    [property: Id(0)] string RequestId,
    [property: Id(1)] HelpStatus Status,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset ExpiresAt);
