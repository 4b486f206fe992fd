using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// Issues one member's certificates of one group. The new certificate and its code are written here first, then
/// registered (code registry, the member's list); both receivers keep sets, and every later call for that kind
/// registers it again, so a crash between the two is repaired by the retry without a second code.
/// </summary>
public sealed class StudyCertificatesGrain(
    [PersistentState("studyCertificates", StorageNames.Default)] IPersistentState<StudyCertificatesState> state,
    TimeProvider time) : Grain, IStudyCertificatesGrain
{
    private StudyCertificatesState S => state.State;

    private string CommunityId => this.Key().CommunityId;
    private string GroupId => this.Key().OwnId;
    private string MemberId => this.Key().Part;

    async Task IStudyCertificatesGrain.Approved(string submissionId, string groupName)
    {
        if (!S.Issued.ContainsKey(CertificateKind.Practice) && S.ApprovedSubmissions.Add(submissionId))
        {
            if (S.ApprovedSubmissions.Count >= PracticeRules.ApprovalsForCertificate)
            {
                Issue(CertificateKind.Practice, groupName);
                S.ApprovedSubmissions.Clear();
            }

            await state.WriteStateAsync();
        }

        await Register(CertificateKind.Practice);
    }

    async Task IStudyCertificatesGrain.StreakReached(string groupName)
    {
        if (!S.Issued.ContainsKey(CertificateKind.Streak))
        {
            Issue(CertificateKind.Streak, groupName);
            await state.WriteStateAsync();
        }

        await Register(CertificateKind.Streak);
    }

    private void Issue(CertificateKind kind, string groupName) => S.Issued[kind] = new CertificateView
    {
        Code = CertificateCode.New(),
        Kind = kind,
        CommunityId = CommunityId,
        MemberId = MemberId,
        GroupId = GroupId,
        GroupName = groupName,
        IssuedAt = time.GetUtcNow(),
    };

    private async Task Register(CertificateKind kind)
    {
        if (S.Issued.TryGetValue(kind, out var certificate))
        {
            await GrainFactory.Reference<ICertificateGrain>(certificate.Code).Register(certificate);
            await GrainFactory.Reference<IMemberCertificatesGrain>(GrainKeys.Of(CommunityId, MemberId)).Add(certificate);
        }
    }
}
