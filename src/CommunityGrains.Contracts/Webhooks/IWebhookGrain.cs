using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Webhooks;

/// <summary>
/// Key: community/webhook. One receiver's queue: pending deliveries are stored before <see cref="Enqueue"/> returns and
/// sent off the caller's path, retried with backoff; a reminder and activation re-arm the sending after a crash.
/// </summary>
public interface IWebhookGrain : IGrainWithStringKey
{
    Task Register(string url, string secret);

    Task Enqueue(WebhookEventDraft draft);

    /// <summary>Stops sending and forgets the pending deliveries.</summary>
    Task Deactivate();

    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<WebhookDeliveryView>> Deliveries(int first);

    [ReadOnly, AlwaysInterleave]
    Task<WebhookDeliveryView?> Delivery(string eventId);

    /// <summary>Sends whatever is due; called by the grain itself.</summary>
    [OneWay]
    Task Pump();
}
