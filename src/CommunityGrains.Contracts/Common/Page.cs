namespace CommunityGrains.Contracts.Common;

/// <summary>One page of a Relay connection as grains return it; cursors are opaque to clients.</summary>
[GenerateSerializer, Immutable]
public sealed record Page<T>(
    [property: Id(0)] IReadOnlyList<PageItem<T>> Items,
    [property: Id(1)] bool HasNextPage,
    [property: Id(2)] int TotalCount);

[GenerateSerializer, Immutable]
public sealed record PageItem<T>(
    [property: Id(0)] string Cursor,
    [property: Id(1)] T Node);
