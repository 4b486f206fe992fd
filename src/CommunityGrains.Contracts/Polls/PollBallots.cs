using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Polls;

/// <summary>A poll's ballots are spread over shards by voter, so each write holds a share of the room.</summary>
public static class PollBallots
{
    public const int Shards = 16;

    public static int ShardOf(string memberId) => (int)(ShardHash.Of(memberId) % Shards);

    public static string Key(string communityId, string pollId, int shard) =>
        GrainKeys.Of(communityId, pollId, shard.ToString(CultureInfo.InvariantCulture));
}
