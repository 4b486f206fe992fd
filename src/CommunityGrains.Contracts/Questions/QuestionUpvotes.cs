using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Questions;

/// <summary>
/// A question's upvoters are spread over shards by member, so a toggle rewrites a sixteenth of the room, not all of
/// it, however popular the question.
/// </summary>
public static class QuestionUpvotes
{
    public const int Shards = 16;

    public static int ShardOf(string memberId) => (int)(ShardHash.Of(memberId) % Shards);

    /// <summary>{community}/{event}/{question}/{shard}: ids hold no separator, so the key reads back unambiguously.</summary>
    public static string Key(string communityId, string eventId, string questionId, int shard) =>
        GrainKeys.Of(communityId, eventId, questionId + GrainKeys.Separator + shard.ToString(CultureInfo.InvariantCulture));
}
