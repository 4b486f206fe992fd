using CommunityGrains.Contracts.Common;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        return silo;
    }
}
