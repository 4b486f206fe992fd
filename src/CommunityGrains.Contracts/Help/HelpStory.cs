namespace CommunityGrains.Contracts.Help;

[GenerateSerializer, Immutable]
public sealed record HelpStory(
    [property: Id(0)] string RequestId,
    [property: Id(1)] DateTimeOffset CompletedAt);
