namespace CommunityGrains.Contracts.Help;

[GenerateSerializer, Immutable]
public sealed record HelpRatingView(
    [property: Id(0)] string FromId,
    [property: Id(1)] string ToId,
    [property: Id(2)] int Stars,
    [property: Id(3)] string? Comment,
    [property: Id(4)] DateTimeOffset At);
