using CommunityGrains.Contracts.Common;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Streams;

namespace CommunityGrains.Gateway.Notifications;

/// <summary>
/// Subscription fields' source streams: a GraphQL subscription holds one Orleans stream subscription for as long as
/// it lives, so it hears changes made through any host of the cluster.
/// </summary>
public static class NotificationSource
{
    /// <summary>
    /// Subscribes before returning, so an update made after the client's subscribe message was processed is never
    /// missed; the stream subscription ends when the GraphQL subscription does or the connection closes.
    /// </summary>
    public static async Task<IObservable<object?>> Notifications<T>(this IResolveFieldContext context, string topic, string key)
        where T : class
    {
        var client = context.RequestServices!.GetRequiredService<IClusterClient>();
        var stream = client.GetStreamProvider(NotificationTopics.Provider).GetStream<T>(StreamId.Create(topic, key));
        var live = new LiveStream<T>();
        var handle = await stream.SubscribeAsync((item, _) => live.Push(item));
        live.Attach(handle, context.CancellationToken);
        return live;
    }
}
