using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>Checks a search, asks every index shard for its best, merges them into one page and reads only the listed groups.</summary>
[StatelessWorker]
public sealed class StudyGroupDirectoryGrain : Grain, IStudyGroupDirectoryGrain
{
    private string CommunityId => this.Key().CommunityId;

    async Task<Page<StudyGroupView>> IStudyGroupDirectoryGrain.Search(Actor actor, StudyGroupSearch search)
    {
        actor.RequireIn(CommunityId);
        var goal = GroupSearchRules.Goal(search.Goal);
        var tags = GroupSearchRules.Tags(search.Tags);
        var first = InputLimits.PageSize(search.First);
        StudyGroupRank? after = search.After is null
            ? null
            : StudyGroupRank.Parse(Cursor.DecodeText(StudyGroupIndex.CursorKind, search.After)) ?? throw new InvalidInputException("after", "is not a cursor issued by this API.");
        var terms = goal is not null
            ? GoalTerms.Of(goal)
            : GoalTerms.Of((await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, actor.MemberId)).GetJoined()).Interests);
        var query = new StudyGroupQuery(terms.Order(StringComparer.Ordinal).ToList(), goal is not null, tags, search.WithSeatsOnly, first + 1, after);

        var slices = await Task.WhenAll(Enumerable.Range(0, StudyGroupIndex.Shards).Select(shard =>
            GrainFactory.Reference<IStudyGroupIndexGrain>(StudyGroupIndex.Key(CommunityId, shard)).Search(query)));
        var hits = slices.SelectMany(s => s.Hits).OrderBy(h => h.SortKey, StringComparer.Ordinal).Take(first + 1).ToList();
        var page = hits.Take(first).ToList();
        var views = await Task.WhenAll(page.Select(h => GrainFactory.Reference<IStudyGroupGrain>(GrainKeys.Of(CommunityId, h.GroupId)).Get()));
        var items = page.Zip(views)
            .Where(p => p.Second is not null)
            .Select(p => new PageItem<StudyGroupView>(Cursor.Encode(StudyGroupIndex.CursorKind, p.First.SortKey), p.Second!))
            .ToList();
        return new Page<StudyGroupView>(items, hits.Count > first, slices.Sum(s => s.Matching));
    }
}
