using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberGrain : IMemberProposalsGrain
{
    Task<bool> IMemberProposalsGrain.HasJoined() => Task.FromResult(S.Joined);
}
