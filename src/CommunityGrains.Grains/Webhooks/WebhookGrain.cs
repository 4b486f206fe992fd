using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Webhooks;
using CommunityGrains.Grains.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityGrains.Grains.Webhooks;

/// <summary>
/// One receiver's durable queue. <see cref="IWebhookGrain.Enqueue"/> answers once the delivery is stored; sending runs
/// interleaved, one delivery at a time, so a slow receiver delays only its own queue. The next attempt's time is in
/// state; a timer makes it happen, and a reminder (durable on PostgreSQL) or the start-up wake (<see cref="WebhookRecoveryGrain"/>)
/// re-activates a queue whose host died.
/// </summary>
[Reentrant]
public sealed class WebhookGrain : Grain, IWebhookGrain, IRemindable
{
    public const int MaxPending = 1000;
    public const int LogSize = 50;
    private const int RememberedEvents = 2000;
    private const string ReminderName = "webhook-retry";

    private readonly IPersistentState<WebhookState> _state;
    private readonly WebhookSender _sender;
    private readonly TimeProvider _time;
    private readonly WebhookBackoff _backoff;
    private readonly ILogger<WebhookGrain> _logger;
    private readonly GroupCommit _commit;
    private HashSet<string>? _recent;
    private IGrainTimer? _timer;
    private bool _pumping;
    private bool _pumpAgain;
    private bool _armedReminder;

    public WebhookGrain(
        [PersistentState("webhook", StorageNames.Default)] IPersistentState<WebhookState> state,
        WebhookSender sender,
        TimeProvider time,
        IOptions<WebhookOptions> options,
        ILogger<WebhookGrain> logger)
    {
        _state = state;
        _sender = sender;
        _time = time;
        _backoff = new WebhookBackoff(options.Value.BackoffUnit);
        _logger = logger;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    private WebhookState S => _state.State;
    private HashSet<string> Recent => _recent ??= [.. S.RecentEventIds];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Active && S.Pending.Count > 0)
        {
            Self.Pump().Ignore();
        }

        return Task.CompletedTask;
    }

    async Task IWebhookGrain.Register(string url, string secret)
    {
        (S.Url, S.Secret, S.Active) = (url, secret, true);
        await _commit.WriteAsync();
    }

    async Task IWebhookGrain.Enqueue(WebhookEventDraft draft)
    {
        if (!S.Active)
        {
            return;
        }

        if (!Recent.Add(draft.Id))
        {
            await _commit.Unchanged();
            return;
        }

        S.RecentEventIds.Add(draft.Id);
        if (S.RecentEventIds.Count > RememberedEvents)
        {
            Recent.Remove(S.RecentEventIds[0]);
            S.RecentEventIds.RemoveAt(0);
        }

        var wasIdle = S.Pending.Count == 0;
        S.Pending.Add(new StoredDelivery
        {
            EventId = draft.Id,
            Event = draft.Event,
            Body = WebhookPayload.Of(this.Key().CommunityId, draft),
            At = draft.At,
            NextAttemptAt = _time.GetUtcNow(),
        });
        if (S.Pending.Count > MaxPending)
        {
            // A receiver dead for long enough to fill the queue loses its oldest events rather than growing every write.
            _logger.LogWarning("Webhook {Webhook} has {Count} pending deliveries; the oldest is given up.", this.GetPrimaryKeyString(), S.Pending.Count);
            Finish(S.Pending[0] with { NextAttemptAt = null });
        }

        await _commit.WriteAsync();
        if (wasIdle)
        {
            await GrainFactory.Reference<IWebhookRecoveryGrain>(WebhookRecoveryGrain.Key).Pending(this.GetPrimaryKeyString(), true);
        }

        Self.Pump().Ignore();
    }

    async Task IWebhookGrain.Deactivate()
    {
        S.Active = false;
        S.Pending.Clear();
        await _commit.WriteAsync();
        await Disarm();
    }

    Task<IReadOnlyList<WebhookDeliveryView>> IWebhookGrain.Deliveries(int first) =>
        Task.FromResult<IReadOnlyList<WebhookDeliveryView>>(S.Pending.Concat(S.Log)
            .OrderByDescending(d => d.At)
            .Take(first)
            .Select(View)
            .ToList());

    Task<WebhookDeliveryView?> IWebhookGrain.Delivery(string eventId) =>
        Task.FromResult(S.Pending.Concat(S.Log).LastOrDefault(d => d.EventId == eventId) is { } delivery ? View(delivery) : null);

    async Task IWebhookGrain.Pump()
    {
        if (_pumping)
        {
            _pumpAgain = true;
            return;
        }

        _pumping = true;
        try
        {
            // Arming awaits the reminder table: an enqueue that arrives meanwhile only sets _pumpAgain, and its delivery
            // is due now, so the loop must run again after arming too, or it would wait for the one-minute reminder.
            do
            {
                _pumpAgain = false;
                await SendDue();
                await Arm();
            }
            while (_pumpAgain);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            _logger.LogWarning(failure, "Webhook {Webhook} could not record a delivery attempt; its reminder resumes it.", this.GetPrimaryKeyString());
        }
        finally
        {
            _pumping = false;
        }
    }

    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        _armedReminder = true;
        Self.Pump().Ignore();
        return Task.CompletedTask;
    }

    private IWebhookGrain Self => this.AsReference<IWebhookGrain>();

    private async Task SendDue()
    {
        foreach (var delivery in S.Pending.Where(d => d.NextAttemptAt <= _time.GetUtcNow()).ToList())
        {
            if (!S.Active || !S.Pending.Contains(delivery))
            {
                return;
            }

            var status = await _sender.Send(new Uri(S.Url), S.Secret, delivery.EventId, delivery.Body);
            var now = _time.GetUtcNow();
            var attempted = delivery with
            {
                Attempts = delivery.Attempts + 1,
                LastStatus = status,
                FirstAttemptAt = delivery.FirstAttemptAt ?? now,
            };
            if (status is >= 200 and < 300)
            {
                Finish(attempted with { Delivered = true, NextAttemptAt = null });
            }
            else if (_backoff.After(attempted.Attempts, attempted.FirstAttemptAt.Value, now) is { } wait)
            {
                S.Pending[S.Pending.IndexOf(delivery)] = attempted with { NextAttemptAt = now + wait };
            }
            else
            {
                _logger.LogWarning("Webhook {Webhook} gave up on event {Event} after {Attempts} attempts.", this.GetPrimaryKeyString(), delivery.EventId, attempted.Attempts);
                Finish(attempted with { NextAttemptAt = null });
            }

            await _commit.WriteAsync();
        }
    }

    private void Finish(StoredDelivery finished)
    {
        S.Pending.RemoveAll(d => d.EventId == finished.EventId);
        S.Log.Add(finished);
        if (S.Log.Count > LogSize)
        {
            S.Log.RemoveRange(0, S.Log.Count - LogSize);
        }
    }

    /// <summary>A timer for the next due attempt; the reminder and the recovery registration only while anything is pending.</summary>
    private async Task Arm()
    {
        _timer?.Dispose();
        _timer = null;
        if (!S.Active || S.Pending.Count == 0)
        {
            await Disarm();
            return;
        }

        var next = S.Pending.Min(d => d.NextAttemptAt!.Value);
        var wait = next - _time.GetUtcNow();
        _timer = this.RegisterGrainTimer(
            _ => Self.Pump(),
            new GrainTimerCreationOptions { DueTime = wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Period = Timeout.InfiniteTimeSpan, Interleave = true });
        if (!_armedReminder)
        {
            await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            _armedReminder = true;
        }
    }

    private async Task Disarm()
    {
        _timer?.Dispose();
        _timer = null;
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _armedReminder = false;
        await GrainFactory.Reference<IWebhookRecoveryGrain>(WebhookRecoveryGrain.Key).Pending(this.GetPrimaryKeyString(), false);
    }

    private static WebhookDeliveryView View(StoredDelivery delivery) => new()
    {
        EventId = delivery.EventId,
        Event = delivery.Event,
        Attempts = delivery.Attempts,
        LastStatus = delivery.LastStatus,
        Delivered = delivery.Delivered,
        NextAttemptAt = delivery.NextAttemptAt,
        At = delivery.At,
    };
}
