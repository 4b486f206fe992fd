using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Proposals;

/// <summary>Which ballot shard holds a voter's vote: the same answer on every host.</summary>
public static class ProposalBallots
{
    /// <summary>A popular proposal's electorate is split 32 ways, so one shard write holds about voters/32 entries.</summary>
    public const int Shards = 32;

    public static int ShardOf(string voterId) => (int)(ShardHash.Of(voterId) % Shards);

    public static string KeyFor(string communityId, string proposalId, string voterId) => Key(communityId, proposalId, ShardOf(voterId));

    public static string Key(string communityId, string proposalId, int shard) =>
        GrainKeys.Of(communityId, proposalId, shard.ToString(CultureInfo.InvariantCulture));
}
