using CommunityGrains.Contracts.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Streams;

namespace CommunityGrains.Grains.Common;

public static class Notifications
{
    /// <summary>
    /// Tells live subscribers (on any host) about a change that is already durable. Best effort by design: a
    /// notification that cannot be queued is logged, never a reason to fail the command that caused it.
    /// </summary>
    public static async Task Publish<T>(this Grain grain, string topic, string key, T item)
    {
        try
        {
            await grain.GetStreamProvider(NotificationTopics.Provider).GetStream<T>(StreamId.Create(topic, key)).OnNextAsync(item);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            grain.GrainContext.ActivationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Notifications))
                .LogWarning(failure, "Could not publish a {Topic} notification for {Key}.", topic, key);
        }
    }
}
