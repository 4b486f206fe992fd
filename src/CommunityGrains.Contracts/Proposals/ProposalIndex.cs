using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Proposals;

public static class ProposalIndex
{
    public const int Shards = 16;

    /// <summary>The kind of the opaque cursors of <c>proposals</c>; their position is a <see cref="SortKey"/>.</summary>
    public const string CursorKind = "proposals";

    public static string KeyFor(string communityId, string proposalId) =>
        Key(communityId, (int)(ShardHash.Of(proposalId) % Shards));

    public static string Key(string communityId, int shard) =>
        GrainKeys.Of(communityId, "proposal-index", shard.ToString(CultureInfo.InvariantCulture));

    /// <summary>Newest first, ties by id: the order of the list and the position a cursor names.</summary>
    public static string SortKey(ProposalIndexEntry entry) =>
        (long.MaxValue - entry.CreatedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + entry.Id;
}
