namespace CommunityGrains.Contracts.Notifications;

/// <summary>
/// Key: community/{draft key}. Tells everyone in an audience once, after the cause was acknowledged: the job is
/// stored by <see cref="Start"/> and then runs shard by shard on its own, resuming from its stored progress after a
/// crash (a reminder re-activates it).
/// </summary>
public interface INotificationFanOutGrain : IGrainWithStringKey
{
    /// <summary>Stores the job (a repeat of the same job is ignored) and returns without waiting for the fan-out.</summary>
    Task Start(FanOutAudience audience, NotificationDraft draft, string? exceptMemberId);

    /// <summary>Runs the job to its end; called by the grain itself off the caller's path.</summary>
    [Orleans.Concurrency.OneWay]
    Task Run();

    /// <summary>Whether everyone has been told (for tests and the benchmark).</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<FanOutProgress> Progress();
}
