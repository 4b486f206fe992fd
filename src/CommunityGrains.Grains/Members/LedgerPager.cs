using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.Members;

/// <summary>Pages the points ledger newest first: the member's recent entries, then its archived months.</summary>
internal sealed class LedgerPager(IGrainFactory grains, string memberKey, MemberState state)
{
    public const string CursorKind = "points";

    public async Task<Page<PointsEntryView>> Page(int first, long beforeSequence)
    {
        // One more than asked tells whether there is a next page.
        var wanted = first + 1;
        var items = state.Recent
            .Where(e => e.Sequence < beforeSequence)
            .OrderByDescending(e => e.Sequence)
            .Take(wanted)
            .ToList();

        var oldestRecent = state.Recent.Count == 0 ? long.MaxValue : state.Recent.Min(e => e.Sequence);
        for (var i = state.ArchivedMonths.Count - 1; i >= 0 && items.Count < wanted; i--)
        {
            var month = state.ArchivedMonths[i];
            var floor = i == 0 ? 0 : state.ArchivedMonths[i - 1].MaxSequence;
            var before = Math.Min(Math.Min(beforeSequence, oldestRecent), month.MaxSequence + 1);
            if (before <= floor + 1)
            {
                continue;
            }

            var archived = await grains.Reference<IMemberLedgerMonthGrain>(memberKey + GrainKeys.Separator + month.Month)
                .Before(before, wanted - items.Count);
            items.AddRange(archived);
        }

        var page = items.Take(first).Select(e => new PageItem<PointsEntryView>(Cursor.Encode(CursorKind, e.Sequence), e)).ToList();
        return new Page<PointsEntryView>(page, items.Count > first, (int)(state.NextSequence - 1));
    }
}
