namespace CommunityGrains.Contracts.Help;

/// <param name="Message">What the volunteer wrote to the author; null when nothing.</param>
[GenerateSerializer, Immutable]
public sealed record HelpVolunteerView(
    [property: Id(0)] string MemberId,
    [property: Id(1)] string? Message,
    [property: Id(2)] DateTimeOffset At);
