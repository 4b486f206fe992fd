using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// One shard of a week's group counts. Reports carry absolute per-day counts and each is kept at its highest, so a
/// repeat, a retry or a late report never counts twice; a write holds at most the shard's groups active that week.
/// Reentrant with group commit: every check-in of the community's groups lands in one of these.
/// </summary>
[Reentrant]
public sealed class StudyGroupWeekShardGrain : Grain, IStudyGroupWeekShardGrain
{
    private readonly IPersistentState<StudyGroupWeekShardState> _state;
    private readonly GroupCommit _commit;

    public StudyGroupWeekShardGrain([PersistentState("studyGroupWeek", StorageNames.Default)] IPersistentState<StudyGroupWeekShardState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IStudyGroupWeekShardGrain.Report(GroupDayReport report)
    {
        if (report.DayIndex is < 0 or >= StudyWeek.Days)
        {
            return Task.CompletedTask;
        }

        if (!_state.State.Groups.TryGetValue(report.GroupId, out var entry))
        {
            if (report.CheckIns == 0 && report.Reviews == 0)
            {
                return Task.CompletedTask;
            }

            entry = new GroupWeekEntry();
            _state.State.Groups[report.GroupId] = entry;
        }

        var rose = report.CheckIns > entry.CheckIns[report.DayIndex] || report.Reviews > entry.Reviews[report.DayIndex];
        var grew = report.Members > entry.Members;
        if (!rose && !grew)
        {
            return _commit.Unchanged();
        }

        entry.CheckIns[report.DayIndex] = Math.Max(entry.CheckIns[report.DayIndex], report.CheckIns);
        entry.Reviews[report.DayIndex] = Math.Max(entry.Reviews[report.DayIndex], report.Reviews);
        entry.Members = Math.Max(entry.Members, report.Members);
        if (rose && report.At > entry.ReachedAt)
        {
            entry.ReachedAt = report.At;
        }

        return _commit.WriteAsync();
    }

    Task<GroupWeekScore?> IStudyGroupWeekShardGrain.Best()
    {
        GroupWeekStanding? best = null;
        foreach (var (groupId, entry) in _state.State.Groups)
        {
            var standing = new GroupWeekStanding(groupId, entry.CheckIns.Sum(), entry.Members, entry.Reviews.Sum(), entry.ReachedAt);
            if (standing.Competes)
            {
                best = GroupWeekStanding.Best(best, standing);
            }
        }

        return Task.FromResult(best is null ? null : GroupWeekScore.From(best));
    }
}
