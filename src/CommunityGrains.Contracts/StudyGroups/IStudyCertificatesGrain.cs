namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/group/member. One member's certificates of one group and their approved practice submissions until
/// the PRACTICE certificate: not reentrant, so concurrent approvals are counted one by one and each certificate gets
/// one code. Calls go out only (registry, the member's list), never back to a group or a task.
/// </summary>
public interface IStudyCertificatesGrain : IGrainWithStringKey
{
    /// <summary>A set of submission ids: a repeat is a retry that only re-sends the certificate's registration.</summary>
    Task Approved(string submissionId, string groupName);

    /// <summary>The streak reached the community's certificateDays: STREAK once; a repeat re-sends the registration.</summary>
    Task StreakReached(string groupName);
}
