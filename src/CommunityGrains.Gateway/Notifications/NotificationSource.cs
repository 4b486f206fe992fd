using CommunityGrains.Contracts.Common;
using Orleans.Runtime;
using Orleans.Streams;

namespace CommunityGrains.Gateway.Notifications;

/// <summary>
/// Subscription fields' source streams: a GraphQL subscription holds one Orleans stream subscription for as long as
/// it lives, so it hears changes made through any host of the cluster.
/// </summary>
public sealed class NotificationSource(IClusterClient client)
{
    /// <summary>
    /// Subscribes before returning, so an update made after the client's subscribe message was processed is never
    /// missed; the subscription ends when the observer unsubscribes or <paramref name="cancellation"/> fires.
    /// </summary>
    public async Task<IObservable<T>> Subscribe<T>(string topic, string key, CancellationToken cancellation)
    {
        var stream = client.GetStreamProvider(NotificationTopics.Provider).GetStream<T>(StreamId.Create(topic, key));
        var live = new LiveStream<T>();
        var handle = await stream.SubscribeAsync((item, _) => live.Push(item));
        live.Attach(handle, cancellation);
        return live;
    }
}
