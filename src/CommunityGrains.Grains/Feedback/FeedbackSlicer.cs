using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Grains.Feedback;

/// <summary>Cuts one month's part of a newest-first listing after a cursor position.</summary>
internal static class FeedbackSlicer
{
    public static FeedbackSlice Slice(IReadOnlyCollection<FeedbackListed> matching, DateTimeOffset? afterAt, string? afterId, int take)
    {
        var cursor = afterAt is { } at && afterId is not null ? new FeedbackPosition(at, afterId) : null;
        var items = matching
            .Select(i => (Item: i, Position: new FeedbackPosition(i.At, i.Id)))
            .Where(p => cursor is null || p.Position.IsAfter(cursor))
            .OrderBy(p => p.Position)
            .Take(take)
            .Select(p => p.Item)
            .ToList();
        return new FeedbackSlice(items, matching.Count);
    }
}
