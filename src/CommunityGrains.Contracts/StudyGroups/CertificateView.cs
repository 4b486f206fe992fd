using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Contracts.StudyGroups;

[GenerateSerializer, Immutable]
public sealed record CertificateView
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required CertificateKind Kind { get; init; }
    [Id(2)] public required string CommunityId { get; init; }
    [Id(3)] public required string MemberId { get; init; }
    [Id(4)] public required string GroupId { get; init; }

    /// <summary>The group's name when the certificate was issued: printed on it, and shown to verifiers outside the community.</summary>
    [Id(5)] public required string GroupName { get; init; }

    [Id(6)] public required DateTimeOffset IssuedAt { get; init; }
}
