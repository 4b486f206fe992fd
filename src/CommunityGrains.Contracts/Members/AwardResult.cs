namespace CommunityGrains.Contracts.Members;

/// <param name="Applied">False when the key had been applied before; the other values are then the current ones.</param>
[GenerateSerializer, Immutable]
public sealed record AwardResult(
    [property: Id(0)] bool Applied,
    [property: Id(1)] int Points,
    [property: Id(2)] int Balance,
    [property: Id(3)] int LifetimePoints);
