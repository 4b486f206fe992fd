using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class CertificateState
{
    [Id(0)] public CertificateView? Certificate { get; set; }
}
