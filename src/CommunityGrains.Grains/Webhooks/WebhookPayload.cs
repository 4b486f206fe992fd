using System.Text.Json;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.Webhooks;

/// <summary>The delivery body: {"id","event","community","at","data"}.</summary>
public static class WebhookPayload
{
    public static string Of(string communityId, WebhookEventDraft draft) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["id"] = draft.Id,
        ["event"] = EnumNames.Constant(draft.Event),
        ["community"] = communityId,
        ["at"] = draft.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["data"] = draft.Data,
    });
}
