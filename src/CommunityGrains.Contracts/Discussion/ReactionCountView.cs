namespace CommunityGrains.Contracts.Discussion;

[GenerateSerializer, Immutable]
public sealed record ReactionCountView
{
    [Id(0)] public required string Emoji { get; init; }
    [Id(1)] public required int Count { get; init; }
    [Id(2)] public required bool ReactedByMe { get; init; }
}
