using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>Key: community/member. The member's certificates, for Member.certificates.</summary>
public interface IMemberCertificatesGrain : IGrainWithStringKey
{
    /// <summary>A set by code: a repeat changes nothing.</summary>
    Task Add(CertificateView certificate);

    /// <summary>Oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<CertificateView>> List();
}
