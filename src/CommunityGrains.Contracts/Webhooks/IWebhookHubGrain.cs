using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Webhooks;
using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Webhooks;

/// <summary>Key: the community id. The community's webhook registrations (at most 20); events are queued per webhook.</summary>
public interface IWebhookHubGrain : IGrainWithStringKey
{
    Task<WebhookWithSecret> Add(Actor actor, string url, IReadOnlyList<WebhookEvent> events);

    Task<bool> Remove(Actor actor, string webhookId);

    [ReadOnly]
    Task<IReadOnlyList<WebhookView>> List(Actor actor);

    [ReadOnly]
    Task<WebhookView?> Get(Actor actor, string webhookId);

    /// <summary>Queues a PING to one webhook and returns its delivery as queued (it is sent right after).</summary>
    Task<WebhookDeliveryView> Test(Actor actor, string webhookId);

    /// <summary>Queues the event on every webhook that wants it and returns once each queue has stored it.</summary>
    [AlwaysInterleave]
    Task Raise(WebhookEventDraft draft);
}
