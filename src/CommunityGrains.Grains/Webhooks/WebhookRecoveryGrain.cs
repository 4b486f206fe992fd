using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Webhooks;

/// <summary>Only queues move in and out of the set (when they start or stop having pending deliveries), not every delivery.</summary>
[Reentrant]
public sealed class WebhookRecoveryGrain : Grain, IWebhookRecoveryGrain
{
    public const string Key = "webhooks";

    private readonly IPersistentState<WebhookRecoveryState> _state;
    private readonly GroupCommit _commit;

    public WebhookRecoveryGrain([PersistentState("webhook-recovery", StorageNames.Default)] IPersistentState<WebhookRecoveryState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IWebhookRecoveryGrain.Pending(string webhookKey, bool pending)
    {
        var changed = pending ? _state.State.Pending.Add(webhookKey) : _state.State.Pending.Remove(webhookKey);
        return changed ? _commit.WriteAsync() : _commit.Unchanged();
    }

    Task IWebhookRecoveryGrain.Wake()
    {
        foreach (var key in _state.State.Pending)
        {
            GrainFactory.Reference<IWebhookGrain>(key).Pump().Ignore();
        }

        return Task.CompletedTask;
    }
}
