namespace CommunityGrains.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record SignInCodeView
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required DateTimeOffset ExpiresAt { get; init; }
}
