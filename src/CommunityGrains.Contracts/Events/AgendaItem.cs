namespace CommunityGrains.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record AgendaItem
{
    [Id(0)] public required DateTimeOffset StartsAt { get; init; }
    [Id(1)] public required string Title { get; init; }
}
