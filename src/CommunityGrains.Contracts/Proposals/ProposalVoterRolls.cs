using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Proposals;

/// <summary>Which voter roll holds a voter's settled vote: the same answer on every host.</summary>
public static class ProposalVoterRolls
{
    /// <summary>A popular proposal's electorate is split 32 ways, so one roll write holds about voters/32 entries.</summary>
    public const int Shards = 32;

    public static int ShardOf(string voterId) => (int)(ShardHash.Of(voterId) % Shards);

    public static string Key(string communityId, string proposalId, int shard) =>
        GrainKeys.Of(communityId, proposalId, shard.ToString(CultureInfo.InvariantCulture));
}
