using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Feedback;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Feedback;

/// <summary>
/// Pages across the month partitions newest first and reads the SLA figures from the months the 90-day window
/// touches (at most four), so no read or write ever has to hold all of a community's feedback at once.
/// </summary>
[StatelessWorker]
public sealed class FeedbackListingGrain(TimeProvider time, CommunityViews communities) : Grain, IFeedbackListingGrain
{
    public const string ItemsCursor = "feedback";
    public const string BoardCursor = "board";

    private string CommunityId => this.Key().CommunityId;

    async Task<Page<FeedbackView>> IFeedbackListingGrain.Items(Actor actor, FeedbackStatus? status, FeedbackCategory? category, int first, string? after)
    {
        actor.RequireIn(CommunityId);
        var size = InputLimits.PageSize(first);
        var cursor = after is null ? null : FeedbackPosition.Decode(ItemsCursor, after);
        var filter = new FeedbackFilter(status, category, actor.IsAtLeast(Role.Moderator) ? null : actor.MemberId);
        var months = await MonthsSinceCommunityBegan();
        var slices = await Task.WhenAll(months.Select(m =>
            GrainFactory.Reference<IFeedbackIndexGrain>(GrainKeys.Of(CommunityId, m)).Query(filter, cursor?.At, cursor?.Id, size + 1)));
        return await PageOf(actor, slices, size, ItemsCursor);
    }

    async Task<Page<FeedbackView>> IFeedbackListingGrain.Board(Actor actor, int first, string? after)
    {
        actor.RequireIn(CommunityId);
        var size = InputLimits.PageSize(first);
        var cursor = after is null ? null : FeedbackPosition.Decode(BoardCursor, after);
        var months = await MonthsSinceCommunityBegan();
        var slices = await Task.WhenAll(months.Select(m =>
            GrainFactory.Reference<IFeedbackBoardGrain>(GrainKeys.Of(CommunityId, m)).Query(cursor?.At, cursor?.Id, size + 1)));
        return await PageOf(actor, slices, size, BoardCursor);
    }

    async Task<FeedbackStatsView> IFeedbackListingGrain.Stats()
    {
        var now = time.GetUtcNow();
        var months = FeedbackMonths.NewestFirst(FeedbackSla.WindowStart(now), now);
        var summaries = await Task.WhenAll(months.Select(m => GrainFactory.Reference<IFeedbackIndexGrain>(GrainKeys.Of(CommunityId, m)).All()));
        var figures = FeedbackSla.Compute(
            summaries.SelectMany(s => s).Select(s => new FeedbackSlaItem(s.CreatedAt, s.DueAt, s.Status, s.ResolvedAt)),
            now);
        return new FeedbackStatsView(figures.ResolvedOnTimeRate, figures.Overdue);
    }

    private async Task<Page<FeedbackView>> PageOf(Actor actor, FeedbackSlice[] slices, int size, string cursorKind)
    {
        var listed = slices
            .SelectMany(s => s.Items)
            .Select(i => new FeedbackPosition(i.At, i.Id))
            .Order()
            .Take(size + 1)
            .ToList();
        var views = await Task.WhenAll(listed.Take(size).Select(p =>
            GrainFactory.Reference<IFeedbackGrain>(GrainKeys.Of(CommunityId, p.Id)).Get(actor)));
        var items = listed.Zip(views)
            .Where(pair => pair.Second is not null)
            .Select(pair => new PageItem<FeedbackView>(pair.First.Encode(cursorKind), pair.Second!))
            .ToList();
        return new Page<FeedbackView>(items, listed.Count > size, slices.Sum(s => s.Matching));
    }

    private async Task<IReadOnlyList<string>> MonthsSinceCommunityBegan()
    {
        var community = await communities.Existing(CommunityId);
        return FeedbackMonths.NewestFirst(community.CreatedAt, time.GetUtcNow()).ToList();
    }
}
