using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Polls;
using CommunityGrains.Contracts.Surveys;
using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Surveys;

using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Events;

/// <summary>
/// Reads only, so it keeps no state and runs wherever it is called: the event grain stays free for registrations and
/// sign-ins while a moderator watches the figures. The figures themselves come from <see cref="EventScorecard"/>.
/// </summary>
[StatelessWorker]
public sealed class EventScorecardGrain(TimeProvider time) : Grain, IEventScorecardGrain
{
    async Task<EventScorecardView> IEventScorecardGrain.Get(Actor actor)
    {
        var (communityId, eventId, _) = this.Key();
        actor.RequireIn(communityId);

        actor.Require(Role.Moderator);
        var eventGrain = GrainFactory.Reference<IEventGrain>(this.GetPrimaryKeyString());
        var view = await eventGrain.Get(actor) ?? throw DomainException.NotFound($"Event '{eventId}' does not exist.");
        var feedback = await GrainFactory.Reference<IEventFeedbackGrain>(this.GetPrimaryKeyString()).Entries();
        var surveys = (await GrainFactory.Reference<ISurveyIndexGrain>(ISurveyIndexGrain.KeyFor(communityId, SurveyAudience.Community)).Entries()).Where(s => s.Audience.EventId == eventId).ToList();
        var before = await Nps(communityId, surveys, SurveyPhase.Before);
        var after = await Nps(communityId, surveys, SurveyPhase.After);

        var authors = feedback.Select(f => f.AuthorId).ToHashSet();
        var engaged = 0;
        string? cursor = null;
        do
        {
            var page = await eventGrain.Registrations(actor, RegistrationStatus.Attended, 100, cursor);
            var flags = await Task.WhenAll(page.Items.Select(item => Engaged(communityId, item.Node.MemberId, authors, surveys, view.PollIds)));
            engaged += flags.Count(f => f);
            cursor = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (cursor is not null);

        var card = EventScorecard.Of(
            feedback.Select(f => new ScorecardFeedback(f.Status, f.SuggestedCategory, f.Category, f.DueAt, f.ResolvedAt)).ToList(),
            time.GetUtcNow(),
            before,
            after,
            view.Attended,
            engaged);
        return new EventScorecardView
        {
            ValidFeedback = card.ValidFeedback,
            ClassificationAgreement = card.ClassificationAgreement,
            ResolvedWithinTarget = card.ResolvedWithinTarget,
            NpsBefore = card.NpsBefore,
            NpsAfter = card.NpsAfter,
            NpsChange = card.NpsChange,
            Attended = card.Attended,
            EngagedAttendees = card.EngagedAttendees,
        };
    }

    /// <summary>The NPS of the phase's first survey (in creation order) that has one.</summary>
    private async Task<double?> Nps(string communityId, IEnumerable<SurveyIndexEntry> surveys, SurveyPhase phase)
    {
        foreach (var survey in surveys.Where(s => s.Audience.Phase == phase))
        {
            if (await GrainFactory.Reference<ISurveyGrain>(GrainKeys.Of(communityId, survey.SurveyId)).Nps() is { } nps)
            {
                return nps;
            }
        }

        return null;
    }

    /// <summary>Answered one of the event's surveys or polls, or submitted feedback at it: asked as the member, for their own record.</summary>
    private async Task<bool> Engaged(string communityId, string memberId, HashSet<string> authors, List<SurveyIndexEntry> surveys, IReadOnlyList<string> pollIds)
    {
        if (authors.Contains(memberId))
        {
            return true;
        }

        var member = new Actor(communityId, memberId, Role.Member);
        foreach (var survey in surveys)
        {
            if (await GrainFactory.Reference<ISurveyGrain>(GrainKeys.Of(communityId, survey.SurveyId)).AnsweredBy(member))
            {
                return true;
            }
        }

        foreach (var pollId in pollIds)
        {
            if (await GrainFactory.Reference<IPollGrain>(GrainKeys.Of(communityId, pollId)).ChoiceOf(member) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
