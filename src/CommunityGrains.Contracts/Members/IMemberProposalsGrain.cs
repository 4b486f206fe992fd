using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Members;

/// <summary>Key: community/member, the same grain as <see cref="IMemberGrain"/>: what proposals ask of a member.</summary>
public interface IMemberProposalsGrain : IGrainWithStringKey
{
    /// <summary>
    /// A cheap check for a voter's first vote: unlike GetJoined it builds no view and asks nothing of the
    /// community, so a rush of first votes does not queue behind the community grain.
    /// </summary>
    [ReadOnly, AlwaysInterleave]
    Task<bool> HasJoined();
}
