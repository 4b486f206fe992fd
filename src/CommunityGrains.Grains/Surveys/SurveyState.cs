using CommunityGrains.Contracts.Surveys;
using CommunityGrains.Domain.Surveys;

namespace CommunityGrains.Grains.Surveys;

/// <summary>
/// Bounded whatever the number of responses: the questions, one tally per question, the count of free texts per
/// question, and the journal of recent respondents not yet moved to the respondent shards.
/// </summary>
[GenerateSerializer]
public sealed class SurveyState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string CreatedBy { get; set; } = "";
    [Id(2)] public SurveyKind Kind { get; set; }
    [Id(3)] public string Title { get; set; } = "";
    [Id(4)] public List<SurveyQuestionView> Questions { get; set; } = [];
    [Id(5)] public DateTimeOffset? ClosesAt { get; set; }
    [Id(6)] public SurveyAudience Audience { get; set; } = SurveyAudience.Community;
    [Id(7)] public bool Closed { get; set; }
    [Id(8)] public DateTimeOffset CreatedAt { get; set; }
    [Id(9)] public int Responses { get; set; }
    [Id(10)] public List<StoredTally> Tallies { get; set; } = [];

    /// <summary>Slots taken per TEXT question; a slot whose text was never stored (a failed answer) reads as empty.</summary>
    [Id(11)] public Dictionary<string, int> TextSlots { get; set; } = [];

    /// <summary>Respondents not yet in their shard, with whether their points were confirmed; moved in batches once confirmed.</summary>
    [Id(12)] public Dictionary<string, bool> Journal { get; set; } = [];

    /// <summary>Set at creation and on closing, cleared once the community's survey index has the change.</summary>
    [Id(13)] public bool IndexPending { get; set; }

    /// <summary>The invitation of the audience, stored with the new survey and sent with its effects (see Announcer).</summary>
    [Id(14)] public List<Contracts.Notifications.Announcement> Announcements { get; set; } = [];
}
