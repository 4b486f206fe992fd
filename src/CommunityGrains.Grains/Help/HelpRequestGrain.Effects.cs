using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Contracts.Incentives;
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

    /// <summary>
    /// Sends every effect the stored state implies and is not recorded as done, then writes the flags once: a crash
    /// between an effect and that write sends it again, and every receiver ignores a repeat.
    /// </summary>
    private async Task<HelpRequestView> Settled()
    {
        var status = Status;
        var done = false;
        if (status == HelpStatus.Open && !S.Indexed)
        {
            await HelpIndex.AreaOf(GrainFactory, CommunityId, S.Location).Index([Entry()]);
            await HelpIndex.CounterOf(GrainFactory, CommunityId, RequestId).Open(RequestId, S.ExpiresAt);
            S.Indexed = done = true;
        }
        else if (status != HelpStatus.Open && S.Indexed)
        {
            await HelpIndex.AreaOf(GrainFactory, CommunityId, S.Location).Remove(RequestId);
            await HelpIndex.CounterOf(GrainFactory, CommunityId, RequestId).Close(RequestId);
            S.Indexed = false;
            done = true;
        }

        if (S.ListedStatus != S.Status)
        {
            await GrainFactory.Reference<IMemberHelpRequestsGrain>(GrainKeys.Of(CommunityId, S.AuthorId))
                .Record(new HelpRequestListing(RequestId, S.Status, S.CreatedAt, S.ExpiresAt));
            S.ListedStatus = S.Status;
            done = true;
        }

        if (S.Kind == HelpKind.Offer && !S.OfferCounted)
        {
            await CountOffer();
            S.OfferCounted = done = true;
        }

        if (status == HelpStatus.Completed && !S.CompletionRewarded)
        {
            await RewardHelper();
            await GrainFactory.Reference<IHelpStoryWallGrain>(HelpStories.Key(CommunityId)).Add(new HelpStory(RequestId, S.CompletedAt!.Value));
            S.CompletionRewarded = done = true;
        }

        if (S.Ratings.FirstOrDefault(r => r.FromId == S.AuthorId) is { } rating && !S.HelperRatingRecorded)
        {
            await RecordHelperRating(rating);
            S.HelperRatingRecorded = done = true;
        }

        if (S.Ratings.FirstOrDefault(r => r.FromId != S.AuthorId) is { } received && !S.RequesterRatingRecorded)
        {
            await GrainFactory.Reference<IMemberHelpGrain>(GrainKeys.Of(CommunityId, S.AuthorId)).RecordRequesterRating($"requester-rating:{RequestId}", received.Stars);
            S.RequesterRatingRecorded = done = true;
        }

        if (done)
        {
            await state.WriteStateAsync();
        }

        await Announcer.Send(GrainFactory, CommunityId, S.Announcements);
        return View();
    }

    private async Task CountOffer()
    {
        var offers = await GrainFactory.Reference<IMemberHelpGrain>(GrainKeys.Of(CommunityId, S.AuthorId)).RecordOfferPosted($"offer:{RequestId}");
        if (offers >= HelpLimits.OffersForNeighborExpert)
        {
            await Member(S.AuthorId).GrantBadge(new BadgeGrant(
                AutomaticBadges.NeighborExpert, AutomaticBadges.NeighborExpert, SystemText.Of(SystemTextKind.OffersPosted, HelpLimits.OffersForNeighborExpert.ToString(CultureInfo.InvariantCulture)), null));
        }
    }

    private async Task RewardHelper()
    {
        var helperId = S.HelperId!;
        var helper = GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, helperId));
        var key = $"help:{RequestId}";
        await helper.Award(new PointAward(key, PointAction.HelpCompleted, SystemText.Of(SystemTextKind.HelpedWith, S.Title)));
        var helperRecord = GrainFactory.Reference<IMemberHelpGrain>(GrainKeys.Of(CommunityId, helperId));
        var helps = await helperRecord.RecordHelpCompleted(key);
        if (helps >= HelpLimits.HelpsForVoucher)
        {
            await helper.GrantBadge(new BadgeGrant(
                AutomaticBadges.Helper10, AutomaticBadges.Helper10, SystemText.Of(SystemTextKind.HelpsCompleted, HelpLimits.HelpsForVoucher.ToString(CultureInfo.InvariantCulture)), null));
            await IssueVoucher(helperRecord, helperId);
        }

        await helper.AddMonthlyScore(new ScoreEvent($"neighbor:{RequestId}", StarCategory.Neighbor, NeighborScore.OnCompletion, S.CompletedAt!.Value));
    }

    /// <summary>
    /// The service voucher of the 10th help. Without a reward marked as the voucher, or with it retired or out of stock,
    /// nothing is issued now and the helper stays entitled: the first help they complete once one is available issues it.
    /// The reward issues one redemption per member id and the member records one voucher, so concurrent completions and
    /// retries give one.
    /// </summary>
    private async Task IssueVoucher(IMemberHelpGrain helperRecord, string helperId)
    {
        if (await helperRecord.HasHelperVoucher()
            || await GrainFactory.Reference<IRewardIndexGrain>(IncentiveKeys.RewardIndex(CommunityId)).VoucherReward() is not { } rewardId)
        {
            return;
        }

        var voucher = await GrainFactory.Reference<IRewardGrain>(GrainKeys.Of(CommunityId, rewardId)).IssueVoucher(HelperVoucher.RedemptionId(helperId), helperId);
        if (voucher is not null)
        {
            await helperRecord.RecordHelperVoucher(voucher);
        }
    }

    private async Task RecordHelperRating(HelpRatingView rating)
    {
        await GrainFactory.Reference<IMemberHelpGrain>(GrainKeys.Of(CommunityId, rating.ToId)).RecordHelperRating($"helper-rating:{RequestId}", rating.Stars);
        await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, rating.ToId))
            .AddMonthlyScore(new ScoreEvent($"neighbor-rating:{RequestId}", StarCategory.Neighbor, NeighborScore.ForRating(rating.Stars), rating.At));
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
        Availability = S.Availability,
    };
}
