using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Notifications;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// The community's evening round of STREAK_AT_RISK. The day of the last round lives in state; the round is started by
/// a timer at the evening while the grain is active, by an hourly reminder (durable on PostgreSQL) and by any check-in
/// that reaches the watch after the evening, so a host that was down catches up. Each notification is keyed by group,
/// member and day, so a round repeated after a crash tells no one twice. Reentrant: a group being asked during the
/// round may itself be waiting on <see cref="IStreakWatchGrain.Watch"/>.
/// </summary>
[Reentrant]
public sealed class StreakWatchGrain(
    [PersistentState("streakWatch", StorageNames.Default)] IPersistentState<StreakWatchState> state,
    TimeProvider time,
    CommunityViews communities,
    ILogger<StreakWatchGrain> logger) : Grain, IStreakWatchGrain, IRemindable
{
    public const string KeyPart = "streak-watch";
    private const string ReminderName = "streak-round";

    private IGrainTimer? _timer;
    private DateTimeOffset? _nextRound;
    private bool _running;

    private StreakWatchState S => state.State;
    private string CommunityId => this.Key().CommunityId;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Groups.Count > 0)
        {
            await ArmTimer();
        }
    }

    async Task IStreakWatchGrain.Watch(string groupId)
    {
        if (S.Groups.Add(groupId))
        {
            await state.WriteStateAsync();
            await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromHours(1), TimeSpan.FromHours(1));
            await ArmTimer();
        }

        if (_nextRound is null || time.GetUtcNow() >= _nextRound)
        {
            this.AsReference<IStreakWatchGrain>().Run().Ignore();
        }
    }

    async Task IStreakWatchGrain.Run()
    {
        if (_running)
        {
            return;
        }

        _running = true;
        try
        {
            var calendar = CommunityCalendar.For((await communities.Existing(CommunityId)).TimeZone);
            var now = time.GetUtcNow();
            if (S.Groups.Count > 0 && StreakReminder.NextRound(calendar, now, S.LastRound) <= now)
            {
                await Round(calendar.DateOf(now));
            }

            await ArmTimer();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "The streak round of {Community} stopped; the next check-in or reminder resumes it.", CommunityId);
        }
        finally
        {
            _running = false;
        }
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.Groups.Count == 0)
        {
            if (await this.GetReminder(ReminderName) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        this.AsReference<IStreakWatchGrain>().Run().Ignore();
    }

    private async Task Round(DateOnly today)
    {
        foreach (var groupId in S.Groups.Order(StringComparer.Ordinal).ToList())
        {
            var risk = await GrainFactory.Reference<IStudyGroupGrain>(GrainKeys.Of(CommunityId, groupId)).StreaksAtRisk();
            await Task.WhenAll(risk.Members.Select(m => Inbox(m.Key).Deliver(Draft(groupId, m.Key, m.Value, risk.Day))));
            if (!risk.StillWatched)
            {
                S.Groups.Remove(groupId);
            }
        }

        S.LastRound = today;
        await state.WriteStateAsync();
    }

    /// <summary>Fires at the next evening while the grain is active; the reminder and check-ins cover the rest.</summary>
    private async Task ArmTimer()
    {
        var calendar = CommunityCalendar.For((await communities.Existing(CommunityId)).TimeZone);
        var now = time.GetUtcNow();
        _nextRound = StreakReminder.NextRound(calendar, now, S.LastRound);
        var wait = _nextRound.Value - now;
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(
            _ => this.AsReference<IStreakWatchGrain>().Run(),
            new GrainTimerCreationOptions { DueTime = wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Period = Timeout.InfiniteTimeSpan, Interleave = true });
    }

    private IMemberInboxGrain Inbox(string memberId) => GrainFactory.Reference<IMemberInboxGrain>(GrainKeys.Of(CommunityId, memberId));

    private static NotificationDraft Draft(string groupId, string memberId, int streak, DateOnly day) => new()
    {
        Key = $"streak-risk:{groupId}:{memberId}:{CommunityCalendar.FormatDate(day)}",
        Kind = NotificationKind.StreakAtRisk,
        Subject = ThreadSubject.StudyGroup,
        SubjectId = groupId,
        Facts = new Dictionary<string, string> { ["streak"] = streak.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };
}
