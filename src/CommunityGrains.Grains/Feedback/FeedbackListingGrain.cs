using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Feedback;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Feedback;

/// <summary>
/// Pages the queue across its fixed set of shards (a page costs the same however many months the community has),
/// reads the SLA figures and the report from the month indexes their window touches, and the board from the months it shows.
/// </summary>
[StatelessWorker]
public sealed class FeedbackListingGrain(TimeProvider time, CommunityViews communities) : Grain, IFeedbackListingGrain
{
    public const string BoardCursor = "board";

    private string CommunityId => this.Key().CommunityId;

    Task<Page<FeedbackView>> IFeedbackListingGrain.Items(Actor actor, FeedbackStatus? status, FeedbackCategory? category, int first, string? after) =>
        ((IFeedbackListingGrain)this).Queue(actor, new FeedbackQueueRequest { Status = status, Category = category, First = first, After = after });

    async Task<Page<FeedbackView>> IFeedbackListingGrain.Queue(Actor actor, FeedbackQueueRequest request)
    {
        actor.RequireIn(CommunityId);
        var size = InputLimits.PageSize(request.First);
        var cursor = request.After is null ? null : FeedbackQueuePlace.Of(FeedbackQueueOrder.Decode(request.Sort, request.After));
        var community = await communities.Existing(CommunityId);
        var moderator = actor.IsAtLeast(Role.Moderator);

        // Others see their own items given under their name, or with assignedToMe the items they are to handle.
        var filter = new FeedbackFilter(
            request.Status,
            request.Category,
            moderator || request.AssignedToMe ? null : actor.MemberId,
            request.Channel,
            request.Kind,
            request.Priority,
            request.Risk,
            request.AssignedToMe ? actor.MemberId : null,
            time.GetUtcNow(),
            community.FeedbackAtRiskShare);
        var slices = await Task.WhenAll(FeedbackQueueShards.All(CommunityId).Select(key =>
            GrainFactory.Reference<IFeedbackQueueGrain>(key).Query(filter, request.Sort, cursor, size + 1)));
        var listed = slices.SelectMany(s => s.Items).Select(p => p.Order).Order().Take(size + 1).ToList();
        var views = await Task.WhenAll(listed.Take(size).Select(o => Item(o.Id).Get(actor)));
        var items = listed.Zip(views)
            .Where(pair => pair.Second is not null)
            .Select(pair => new PageItem<FeedbackView>(pair.First.Encode(request.Sort), pair.Second!))
            .ToList();
        return new Page<FeedbackView>(items, listed.Count > size, slices.Sum(s => s.Matching));
    }

    async Task<IReadOnlyList<FeedbackView>> IFeedbackListingGrain.Similar(Actor actor, string feedbackId, int first)
    {
        var take = InputLimits.Range(first, "first", 1, 20);
        if (!actor.IsAtLeast(Role.Moderator) || await Item(feedbackId).Get(actor) is not { } item)
        {
            return [];
        }

        var matches = await Task.WhenAll(FeedbackQueueShards.All(CommunityId).Select(key =>
            GrainFactory.Reference<IFeedbackQueueGrain>(key).Similar(item.Body, feedbackId, take)));
        var best = matches.SelectMany(m => m).OrderByDescending(m => m.Score).ThenBy(m => m.Id, StringComparer.Ordinal).Take(take).ToList();
        var views = await Task.WhenAll(best.Select(m => Item(m.Id).Get(actor)));
        return views.OfType<FeedbackView>().ToList();
    }

    async Task<FeedbackReportView> IFeedbackListingGrain.Report(Actor actor, DateTimeOffset? from, DateTimeOffset? to)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        var now = time.GetUtcNow();
        var (start, end) = FeedbackReport.Window(from, to, now);

        var community = await communities.Existing(CommunityId);
        var months = FeedbackMonths.NewestFirst(start, end);
        var summaries = (await Task.WhenAll(months.Select(m => GrainFactory.Reference<IFeedbackIndexGrain>(GrainKeys.Of(CommunityId, m)).All())))
            .SelectMany(s => s)
            .Where(s => s.CreatedAt >= start && s.CreatedAt < end && !s.Merged)
            .ToList();
        var figures = FeedbackReport.Compute(
            summaries.Select(s => new FeedbackReportItem(s.Id, s.CreatedAt, s.DueAt, s.Status, s.ResolvedAt, s.FirstResponseAt, s.Category, s.SuggestedCategory, s.TriagedAt, s.Channel, s.Kind)).ToList(),
            start,
            end,
            now,
            community.FeedbackAtRiskShare,
            CommunityCalendar.For(community.TimeZone));
        return new FeedbackReportView
        {
            From = start,
            To = end,
            Submitted = figures.Submitted,
            ByCategory = figures.ByCategory,
            ByChannel = figures.ByChannel,
            ByKind = figures.ByKind,
            Daily = figures.Daily,
            MedianFirstResponseHours = figures.MedianFirstResponseHours,
            ResolvedWithinTarget = figures.ResolvedWithinTarget,
            ResolutionTarget = community.FeedbackResolutionTarget,
            Forecast = figures.Forecast,
            AtRisk = figures.AtRisk,
            Overdue = figures.Overdue,
            ClassificationAgreement = figures.ClassificationAgreement,
            CorrectionIds = figures.CorrectionIds,
        };
    }

    /// <summary>
    /// Months are disjoint and read newest first from the cursor's month, so their slices join in board order and a
    /// page reads only the months it shows (plus one to know whether more follow), however old the community.
    /// </summary>
    async Task<Page<FeedbackView>> IFeedbackListingGrain.Board(Actor actor, int first, string? after)
    {
        actor.RequireIn(CommunityId);
        var size = InputLimits.PageSize(first);
        var cursor = after is null ? null : FeedbackPosition.Decode(BoardCursor, after);
        await communities.Existing(CommunityId);
        var months = await GrainFactory.Reference<IFeedbackBoardMonthsGrain>(FeedbackBoardGrain.MonthsKey(CommunityId)).NewestFirst();
        var from = cursor is null ? null : FeedbackMonths.Of(cursor.At);
        var listed = new List<FeedbackListed>();
        foreach (var month in months.Where(m => from is null || string.CompareOrdinal(m.Month, from) <= 0))
        {
            var slice = await GrainFactory.Reference<IFeedbackBoardGrain>(GrainKeys.Of(CommunityId, month.Month))
                .Query(cursor?.At, cursor?.Id, size + 1 - listed.Count);
            listed.AddRange(slice.Items);
            if (listed.Count > size)
            {
                break;
            }
        }

        var views = await Task.WhenAll(listed.Take(size).Select(i => Item(i.Id).Get(actor)));
        var items = listed.Zip(views)
            .Where(pair => pair.Second is not null)
            .Select(pair => new PageItem<FeedbackView>(new FeedbackPosition(pair.First.At, pair.First.Id).Encode(BoardCursor), pair.Second!))
            .ToList();
        return new Page<FeedbackView>(items, listed.Count > size, months.Sum(m => m.Count));
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

    private IFeedbackGrain Item(string id) => GrainFactory.Reference<IFeedbackGrain>(GrainKeys.Of(CommunityId, id));
}
