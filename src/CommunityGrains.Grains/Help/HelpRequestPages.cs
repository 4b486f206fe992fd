using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.Help;

/// <summary>One page of a newest-first list of requests: positions by sort key, then the listed requests read from their grains.</summary>
internal static class HelpRequestPages
{
    /// <summary>Newest first, ties by id: the order of the list and the position its cursor names.</summary>
    public static string SortKey(DateTimeOffset at, string requestId) =>
        (long.MaxValue - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + requestId;

    public static async Task<Page<HelpRequestView>> Read(
        IGrainFactory grains, string communityId, string cursorKind, IReadOnlyList<(string Id, DateTimeOffset At)> entries, int first, string? after)
    {
        var size = InputLimits.PageSize(first);
        var position = after is null ? null : Cursor.DecodeText(cursorKind, after);
        var following = entries
            .Select(e => (e.Id, Key: SortKey(e.At, e.Id)))
            .Where(e => position is null || string.CompareOrdinal(e.Key, position) > 0)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Take(size + 1)
            .ToList();
        var page = following.Take(size).ToList();
        var views = await Task.WhenAll(page.Select(e => grains.Reference<IHelpRequestGrain>(GrainKeys.Of(communityId, e.Id)).Get()));
        var items = page.Zip(views)
            .Where(p => p.Second is not null)
            .Select(p => new PageItem<HelpRequestView>(Cursor.Encode(cursorKind, p.First.Key), p.Second!))
            .ToList();
        return new Page<HelpRequestView>(items, following.Count > size, entries.Count);
    }
}
