using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;
using CommunityGrains.Grains.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Grains;

public static class SiloBuilderExtensions
{
    /// <summary>
    /// Everything the grains need besides storage, clustering and reminders, which the host chooses (including the
    /// "PubSubStore" storage the notification streams keep their subscriptions in).
    /// </summary>
    public static ISiloBuilder AddCommunityGrains(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<CommunityViews>();
        silo.AddIncomingGrainCallFilter<InvalidInputCallFilter>();
        silo.AddIncomingGrainCallFilter<StorageFaultCallFilter>();
        silo.AddMemoryStreams(NotificationTopics.Provider);
        silo.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        silo.Services.AddSingleton<WebhookSender>();

        // After a crash on the embedded store (whose reminders live in memory) nothing else would wake pending webhooks.
        silo.AddStartupTask(WakeWebhooks);
        return silo;
    }

    /// <summary>Best effort: storage that is down at start-up must not keep the host from starting; reminders retry later.</summary>
    private static async Task WakeWebhooks(IServiceProvider services, CancellationToken cancellation)
    {
        try
        {
            await services.GetRequiredService<IGrainFactory>().Reference<IWebhookRecoveryGrain>(WebhookRecoveryGrain.Key).Wake();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SiloBuilderExtensions))
                .LogWarning(failure, "Could not wake the webhook queues with pending deliveries.");
        }
    }
}
