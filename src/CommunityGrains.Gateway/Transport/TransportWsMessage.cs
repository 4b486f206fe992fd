using System.Text.Json;

namespace CommunityGrains.Gateway.Transport;

/// <summary>Reading and writing the JSON messages of graphql-transport-ws.</summary>
internal static class TransportWsMessage
{
    public const string Pong = """{"type":"pong"}""";

    public const string ConnectionAck = """{"type":"connection_ack"}""";

    public static string Complete(string id) => $$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"complete"}""";

    /// <summary>A <c>next</c> message carrying a serialized execution result.</summary>
    public static string Next(string id, string resultJson) => Format(id, "next", resultJson);

    /// <summary>An <c>error</c> message: the protocol carries only the errors of the serialized result.</summary>
    public static string Error(string id, string resultJson)
    {
        using var document = JsonDocument.Parse(resultJson);
        var errors = document.RootElement.TryGetProperty("errors", out var list) ? list.GetRawText() : "[]";
        return Format(id, "error", errors);
    }

    /// <summary>False unless the text is a JSON object with a string <c>type</c>; an empty id reads as none.</summary>
    public static bool TryParse(string text, out string? type, out string? id, out JsonElement? payload)
    {
        type = id = null;
        payload = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeValue) || typeValue.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            type = typeValue.GetString();
            id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String && idValue.GetString() is { Length: > 0 } value ? value : null;
            payload = root.TryGetProperty("payload", out var payloadValue) ? payloadValue.Clone() : null;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Format(string id, string type, string payloadJson) =>
        $$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"{{type}}","payload":{{payloadJson}}}""";
}
