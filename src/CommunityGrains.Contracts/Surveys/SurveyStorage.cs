using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Surveys;

/// <summary>Where a survey keeps what grows with its responses: respondents in shards, free texts in pages.</summary>
public static class SurveyStorage
{
    public const int RespondentShards = 16;
    public const int TextPageSize = 50;

    public static int ShardOf(string memberId) => (int)(ShardHash.Of(memberId) % RespondentShards);

    public static string RespondentsKey(string communityId, string surveyId, int shard) =>
        GrainKeys.Of(communityId, surveyId, shard.ToString(CultureInfo.InvariantCulture));

    public static string TextPageKey(string communityId, string surveyId, string questionId, long page) =>
        GrainKeys.Of(communityId, surveyId, questionId + GrainKeys.Separator + page.ToString(CultureInfo.InvariantCulture));
}
