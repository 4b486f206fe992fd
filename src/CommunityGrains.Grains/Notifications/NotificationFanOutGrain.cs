using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Grains.Notifications;

/// <summary>
/// Tells an audience (followers, the community, an event's registrants) after the cause was acknowledged. Progress is
/// stored per shard of the audience (follower shard, roster shard, registration page), and
/// inboxes ignore a notification they have, so a job cut short by a crash resumes at its shard and tells nobody twice.
/// A reminder re-activates a job whose host died (reminders are durable on PostgreSQL); in embedded mode the cause's
/// next call or the reminder registered again at start-up does it.
/// </summary>
[Reentrant]
public sealed class NotificationFanOutGrain(
    [PersistentState("fanout", StorageNames.Default)] IPersistentState<FanOutState> state,
    TimeProvider time,
    ILogger<NotificationFanOutGrain> logger) : Grain, INotificationFanOutGrain, IRemindable
{
    private const string ReminderName = "fan-out";

    /// <summary>Inbox deliveries in flight at once: enough to keep a silo busy, few enough not to crowd out mutations.</summary>
    private const int Parallelism = 64;

    private bool _running;

    private FanOutState S => state.State;
    private string CommunityId => this.Key().CommunityId;
    private bool Done => S.FinishedAt is not null;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Draft is not null && !Done)
        {
            this.AsReference<INotificationFanOutGrain>().Run().Ignore();
        }

        return Task.CompletedTask;
    }

    async Task INotificationFanOutGrain.Start(FanOutAudience audience, NotificationDraft draft, string? exceptMemberId)
    {
        if (S.Draft is null)
        {
            S.Audience = audience;
            S.Draft = draft;
            S.ExceptMemberId = exceptMemberId;
            S.StartedAt = time.GetUtcNow();
            await state.WriteStateAsync();
            await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        }

        if (!Done)
        {
            this.AsReference<INotificationFanOutGrain>().Run().Ignore();
        }
    }

    async Task INotificationFanOutGrain.Run()
    {
        if (_running || S.Draft is null || Done)
        {
            return;
        }

        _running = true;
        try
        {
            while (!Done)
            {
                var (members, last) = await ShardOf(S.NextShard);
                S.Delivered += await Tell(members);
                S.NextShard++;
                if (last)
                {
                    S.FinishedAt = time.GetUtcNow();
                }

                await state.WriteStateAsync();
            }

            await UnregisterReminder();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "Fan-out {Job} stopped at shard {Shard}; its reminder resumes it.", this.GetPrimaryKeyString(), S.NextShard);
        }
        finally
        {
            _running = false;
        }
    }

    Task<FanOutProgress> INotificationFanOutGrain.Progress() => Task.FromResult(new FanOutProgress
    {
        Started = S.Draft is not null,
        Done = Done,
        Delivered = S.Delivered,
        StartedAt = S.StartedAt,
        FinishedAt = S.FinishedAt,
    });

    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Done || S.Draft is null)
        {
            return UnregisterReminder();
        }

        this.AsReference<INotificationFanOutGrain>().Run().Ignore();
        return Task.CompletedTask;
    }

    /// <summary>The members of one shard of the audience, and whether it is the last shard.</summary>
    private async Task<(IReadOnlyList<string> Members, bool Last)> ShardOf(int shard)
    {
        var audience = S.Audience!;
        switch (audience.Kind)
        {
            case FanOutAudienceKind.Followers:
                var followers = await GrainFactory.Reference<IFollowersGrain>(audience.Subject!.FollowerShardKey(CommunityId, shard)).Members();
                return (followers, shard + 1 >= SubjectRef.FollowerShards);
            case FanOutAudienceKind.Community:
                var members = await Roster.Shard(GrainFactory, CommunityId, (uint)shard).Members();
                return (members, shard + 1 >= ICommunityRosterGrain.Shards);
            default:
                // Pages fill in arrival order, so the first page that is not full is the last one.
                var rows = await GrainFactory.Reference<IEventRegistrationPageGrain>(EventRegistrations.PageKey(CommunityId, audience.EventId!, shard)).Rows();
                return (rows.Where(r => audience.Statuses.Contains(r.Status)).Select(r => r.MemberId).ToList(), rows.Count < EventRegistrations.PageSize);
        }
    }

    private async Task<int> Tell(IReadOnlyList<string> members)
    {
        var delivered = 0;
        foreach (var batch in members.Where(m => m != S.ExceptMemberId).Chunk(Parallelism))
        {
            var results = await Task.WhenAll(batch.Select(m => GrainFactory.Reference<IMemberInboxGrain>(GrainKeys.Of(CommunityId, m)).Deliver(S.Draft!)));
            delivered += results.Count(r => r);
        }

        return delivered;
    }

    private async Task UnregisterReminder()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
