using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// The certificates of one member, for Member.certificates. At most two per group the member studied in (STREAK and
/// PRACTICE); the oldest beyond <see cref="Kept"/> leave the list, never the registry, so their codes still verify.
/// </summary>
public sealed class MemberCertificatesGrain(
    [PersistentState("memberCertificates", StorageNames.Default)] IPersistentState<MemberCertificatesState> state) : Grain, IMemberCertificatesGrain
{
    public const int Kept = 200;

    async Task IMemberCertificatesGrain.Add(CertificateView certificate)
    {
        var list = state.State.Certificates;
        if (list.Exists(c => c.Code == certificate.Code))
        {
            return;
        }

        list.Add(certificate);
        if (list.Count > Kept)
        {
            list.RemoveRange(0, list.Count - Kept);
        }

        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<CertificateView>> IMemberCertificatesGrain.List() =>
        Task.FromResult<IReadOnlyList<CertificateView>>(state.State.Certificates.ToList());
}
