using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Help;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Notifications;

namespace CommunityGrains.Grains.Help;

/// <summary>
/// Effects on other grains follow from the persisted state and are re-sent on every access until recorded as done;
/// every receiver ignores a key it has applied, so a retried command completes what a crash left out.
/// </summary>
public sealed partial class HelpRequestGrain
{
    /// <summary>
    /// Persist, settle the effects, notify: every change of a request goes through here. The author hears, live, of
    /// volunteers and of the accepted helper (myHelpRequestUpdates), on whichever host they are subscribed.
    /// </summary>
    private async Task<HelpRequestView> Changed(bool notifyAuthor = false)
    {
        await state.WriteStateAsync();
        var view = await Settled();
        if (notifyAuthor)
        {
            await this.Publish(NotificationTopics.HelpUpdates, GrainKeys.Of(CommunityId, S.AuthorId), view);
        }

        return view;
    }

    private async Task<HelpRequestView> Settled()
    {
        var status = Status;
        if (status == HelpStatus.Open && !S.Indexed)
        {
            await HelpIndex.AreaOf(GrainFactory, CommunityId, S.Location).Index([Entry()]);
            await HelpIndex.CounterOf(GrainFactory, CommunityId, RequestId).Open(RequestId, S.ExpiresAt);
            await Record(() => S.Indexed = true);
        }
        else if (status != HelpStatus.Open && S.Indexed)
        {
            await HelpIndex.AreaOf(GrainFactory, CommunityId, S.Location).Remove(RequestId);
            await HelpIndex.CounterOf(GrainFactory, CommunityId, RequestId).Close(RequestId);
            await Record(() => S.Indexed = false);
        }

        if (status == HelpStatus.Completed && !S.CompletionRewarded)
        {
            await RewardHelper();
            await Record(() => S.CompletionRewarded = true);
        }

        if (S.Ratings.FirstOrDefault(r => r.FromId == S.AuthorId) is { } rating && !S.HelperRatingRecorded)
        {
            await RecordHelperRating(rating);
            await Record(() => S.HelperRatingRecorded = true);
        }

        await Announcer.Send(GrainFactory, CommunityId, S.Announcements);
        return View();
    }

    private async Task RewardHelper()
    {
        var helperId = S.HelperId!;
        var helper = GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, helperId));
        var key = $"help:{RequestId}";
        await helper.Award(new PointAward(key, PointAction.HelpCompleted, $"Helped with \"{S.Title}\""));
        var helps = await GrainFactory.Reference<IMemberHelpGrain>(GrainKeys.Of(CommunityId, helperId)).RecordHelpCompleted(key);
        if (helps >= 10)
        {
            await helper.GrantBadge(new BadgeGrant(AutomaticBadges.Helper10, AutomaticBadges.Helper10, "Completed 10 help requests as the helper.", null));
        }

        await helper.AddMonthlyScore(new ScoreEvent($"neighbor:{RequestId}", StarCategory.Neighbor, NeighborScore.OnCompletion, S.CompletedAt!.Value));
    }

    private async Task RecordHelperRating(HelpRatingView rating)
    {
        await GrainFactory.Reference<IMemberHelpGrain>(GrainKeys.Of(CommunityId, rating.ToId)).RecordHelperRating($"helper-rating:{RequestId}", rating.Stars);
        await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, rating.ToId))
            .AddMonthlyScore(new ScoreEvent($"neighbor-rating:{RequestId}", StarCategory.Neighbor, NeighborScore.ForRating(rating.Stars), rating.At));
    }

    private async Task Record(Action done)
    {
        done();
        await state.WriteStateAsync();
    }

    private HelpAreaEntry Entry() => new()
    {
        RequestId = RequestId,
        Kind = S.Kind,
        Tags = S.Tags,
        Point = S.Location,
        AuthorId = S.AuthorId,
        ExpiresAt = S.ExpiresAt,
        AuthorHelperRating = S.AuthorHelperRating,
    };
}
