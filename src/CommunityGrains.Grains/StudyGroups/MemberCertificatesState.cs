using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class MemberCertificatesState
{
    /// <summary>Oldest first, one per code.</summary>
    [Id(0)] public List<CertificateView> Certificates { get; set; } = [];
}
