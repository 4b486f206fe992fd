namespace CommunityGrains.Contracts.Webhooks;

/// <summary>
/// Key: "webhooks". The webhook queues that have pending deliveries, so a host that starts (after a crash, on the
/// embedded store whose reminders live in memory) wakes them.
/// </summary>
public interface IWebhookRecoveryGrain : IGrainWithStringKey
{
    Task Pending(string webhookKey, bool pending);

    /// <summary>Activates every queue with pending deliveries; each resumes sending on activation.</summary>
    Task Wake();
}
