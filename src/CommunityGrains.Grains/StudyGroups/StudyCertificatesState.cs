using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class StudyCertificatesState
{
    /// <summary>Approved submissions counted towards PRACTICE; emptied once it is issued, so never more than nine stay.</summary>
    [Id(0)] public HashSet<string> ApprovedSubmissions { get; set; } = [];

    /// <summary>At most one per kind: the code is drawn once and kept, so every retry registers the same certificate.</summary>
    [Id(1)] public Dictionary<CertificateKind, CertificateView> Issued { get; set; } = [];
}
