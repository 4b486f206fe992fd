using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: the certificate's code alone, not a community: the registry that answers verifyCertificate for anyone, without
/// a token. The code is 140 random bits, so a key names one certificate.
/// </summary>
public interface ICertificateGrain : IGrainWithStringKey
{
    /// <summary>Keeps the first registration; a repeat of it is harmless.</summary>
    Task Register(CertificateView certificate);

    /// <summary>Null for a code no certificate has.</summary>
    [ReadOnly]
    Task<CertificateView?> Get();
}
