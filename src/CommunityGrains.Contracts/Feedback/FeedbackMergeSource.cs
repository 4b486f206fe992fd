namespace CommunityGrains.Contracts.Feedback;

/// <param name="ReporterIds">Everyone who reported the duplicate, its author included (kept inside the grains: never shown).</param>
/// <param name="AuthorId">Told when the original is resolved; null for an item with no member behind it.</param>
[GenerateSerializer, Immutable]
public sealed record FeedbackMergeSource(
    [property: Id(0)] IReadOnlyList<string> ReporterIds,
    [property: Id(1)] string? AuthorId);
