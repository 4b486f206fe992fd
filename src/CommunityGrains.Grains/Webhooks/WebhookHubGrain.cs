using System.Net;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace CommunityGrains.Grains.Webhooks;

/// <summary>
/// A community's registrations. Raising an event only reads the list and hands the event to each interested
/// webhook's own queue grain, so one slow receiver never holds up another or the mutation that raised it.
/// </summary>
[Reentrant]
public sealed class WebhookHubGrain(
    [PersistentState("webhooks", StorageNames.Default)] IPersistentState<WebhookHubState> state,
    IOptions<WebhookOptions> options,
    TimeProvider time) : Grain, IWebhookHubGrain
{
    public const int MaxWebhooks = 20;

    private WebhookHubState S => state.State;
    private string CommunityId => this.GetPrimaryKeyString();

    async Task<WebhookWithSecret> IWebhookHubGrain.Add(Actor actor, string url, IReadOnlyList<WebhookEvent> events)
    {
        RequireAdmin(actor);
        var settings = options.Value;
        var uri = WebhookAddress.Parse(url, "input.url", settings.AllowHttp);
        var wanted = events.Distinct().ToList();
        if (wanted.Count == 0)
        {
            throw new InvalidInputException("input.events", "must name at least one event.");
        }

        if (wanted.Contains(WebhookEvent.Ping))
        {
            throw new InvalidInputException("input.events", "PING is sent by testWebhook only.");
        }

        if (!settings.AllowLoopback && await ResolvesInternally(uri))
        {
            throw new InvalidInputException("input.url", "must not resolve to a loopback, private or link-local address.");
        }

        if (S.Webhooks.Count >= MaxWebhooks)
        {
            throw new InvalidInputException("input.url", $"a community has at most {MaxWebhooks} webhooks; remove one first.");
        }

        var webhook = new StoredWebhook
        {
            Id = "wh" + Guid.NewGuid().ToString("N")[..16],
            Url = uri.AbsoluteUri,
            Events = wanted,
            CreatedAt = time.GetUtcNow(),
        };
        var secret = WebhookSignature.NewSecret();
        await Queue(webhook.Id).Register(webhook.Url, secret);
        S.Webhooks.Add(webhook);
        await state.WriteStateAsync();
        return new WebhookWithSecret { Webhook = View(webhook), Secret = secret };
    }

    async Task<bool> IWebhookHubGrain.Remove(Actor actor, string webhookId)
    {
        RequireAdmin(actor);
        var webhook = S.Webhooks.Find(w => w.Id == webhookId);
        if (webhook is null)
        {
            return false;
        }

        S.Webhooks.Remove(webhook);
        await state.WriteStateAsync();
        await Queue(webhookId).Deactivate();
        return true;
    }

    Task<IReadOnlyList<WebhookView>> IWebhookHubGrain.List(Actor actor)
    {
        RequireAdmin(actor);
        return Task.FromResult<IReadOnlyList<WebhookView>>(S.Webhooks.Select(View).ToList());
    }

    Task<WebhookView?> IWebhookHubGrain.Get(Actor actor, string webhookId)
    {
        RequireAdmin(actor);
        return Task.FromResult(S.Webhooks.Find(w => w.Id == webhookId) is { } webhook ? View(webhook) : null);
    }

    async Task<WebhookDeliveryView> IWebhookHubGrain.Test(Actor actor, string webhookId)
    {
        RequireAdmin(actor);
        if (S.Webhooks.Find(w => w.Id == webhookId) is null)
        {
            throw DomainException.NotFound($"Webhook '{webhookId}' does not exist.");
        }

        var ping = new WebhookEventDraft
        {
            Id = "ping-" + Guid.NewGuid().ToString("N"),
            Event = WebhookEvent.Ping,
            At = time.GetUtcNow(),
            Data = new Dictionary<string, string> { ["webhookId"] = webhookId },
        };
        await Queue(webhookId).Enqueue(ping);
        return await Queue(webhookId).Delivery(ping.Id) ?? throw DomainException.NotFound($"Webhook '{webhookId}' does not exist.");
    }

    Task IWebhookHubGrain.Raise(WebhookEventDraft draft)
    {
        var interested = S.Webhooks.Where(w => w.Events.Contains(draft.Event)).ToList();
        return interested.Count == 0 ? Task.CompletedTask : Task.WhenAll(interested.Select(w => Queue(w.Id).Enqueue(draft)));
    }

    private IWebhookGrain Queue(string webhookId) => GrainFactory.Reference<IWebhookGrain>(GrainKeys.Of(CommunityId, webhookId));

    private static async Task<bool> ResolvesInternally(Uri uri)
    {
        if (IPAddress.TryParse(uri.IdnHost, out var literal))
        {
            return WebhookAddress.IsInternal(literal);
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(uri.IdnHost);
            return addresses.Length == 0 || addresses.Any(WebhookAddress.IsInternal);
        }
        catch (System.Net.Sockets.SocketException)
        {
            throw new InvalidInputException("input.url", $"the host '{uri.Host}' could not be resolved.");
        }
    }

    private void RequireAdmin(Actor actor)
    {
        actor.Require(Role.Admin);
        actor.RequireIn(CommunityId);
    }

    private static WebhookView View(StoredWebhook webhook) => new()
    {
        Id = webhook.Id,
        Url = webhook.Url,
        Events = webhook.Events.ToList(),
        Active = true,
    };
}
