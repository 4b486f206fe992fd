namespace CommunityGrains.Grains.Webhooks;

[GenerateSerializer]
public sealed class WebhookState
{
    [Id(0)] public string Url { get; set; } = "";
    [Id(1)] public string Secret { get; set; } = "";
    [Id(2)] public bool Active { get; set; }

    /// <summary>Queued and not yet delivered or given up, oldest first; at most <see cref="WebhookGrain.MaxPending"/>.</summary>
    [Id(3)] public List<StoredDelivery> Pending { get; set; } = [];

    /// <summary>Finished deliveries, oldest first; the newest <see cref="WebhookGrain.LogSize"/> are kept.</summary>
    [Id(4)] public List<StoredDelivery> Log { get; set; } = [];

    /// <summary>Event ids queued lately, oldest first, so a cause sent twice is delivered once.</summary>
    [Id(5)] public List<string> RecentEventIds { get; set; } = [];
}
