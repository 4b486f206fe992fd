using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace CommunityGrains.Gateway.PersistedQueries;

/// <summary>
/// Apollo's automatic persisted queries: a client sends <c>extensions.persistedQuery { version: 1, sha256Hash }</c>
/// without the text, and only sends the text (with the hash) when told <c>PersistedQueryNotFound</c>. Remembered
/// documents live in a least-recently-used cache bounded in entries and characters, filled only by requests that were
/// authorised and ran. With <c>Gateway:TrustedDocumentsOnly</c> nothing is learned: only the documents of the manifest
/// run, by hash or by their exact text.
/// </summary>
public sealed class PersistedQueryStore
{
    /// <summary>1 MB request bodies could otherwise pin a gigabyte of text in a full cache.</summary>
    public const long MaxRememberedChars = 16 * 1024 * 1024;

    private readonly LeastRecentlyUsed _remembered;
    private readonly IReadOnlyDictionary<string, string>? _trusted;

    public PersistedQueryStore(GatewayOptions options)
    {
        _remembered = new LeastRecentlyUsed(Math.Max(0, options.PersistedQueryCacheSize), MaxRememberedChars);
        if (options.TrustedDocumentsOnly)
        {
            _trusted = TrustedDocuments.Load(options.TrustedDocumentsPath);
        }
    }

    public bool TrustedOnly => _trusted is not null;

    /// <summary>
    /// The text to run for a request: its own text, or the remembered/trusted one for its hash. Null with the error to
    /// answer when the request cannot run.
    /// </summary>
    public PersistedQueryResolution Resolve(string? query, Inputs? extensions)
    {
        var hash = default(string);
        if (extensions is not null && extensions.TryGetValue("persistedQuery", out var persisted) && persisted is not null)
        {
            if (PersistedQueryError(persisted, out hash) is { } invalid)
            {
                return invalid;
            }
        }

        var hasText = !string.IsNullOrWhiteSpace(query);
        if (hasText && hash is not null && !string.Equals(Sha256(query!), hash, StringComparison.Ordinal))
        {
            return PersistedQueryResolution.Refused(PersistedQueryFailure.BadInput, "extensions.persistedQuery.sha256Hash: does not match the SHA-256 of the query text.");
        }

        if (_trusted is not null)
        {
            var key = hash ?? (hasText ? Sha256(query!) : null);
            return key is not null && _trusted.TryGetValue(key, out var trusted) ? PersistedQueryResolution.Run(trusted, null)
                : hash is not null && !hasText ? PersistedQueryResolution.Refused(PersistedQueryFailure.NotFound, PersistedQueryResolution.NotFoundMessage)
                : !hasText ? PersistedQueryResolution.Refused(PersistedQueryFailure.BadInput, "The request has no query.")
                : PersistedQueryResolution.Refused(PersistedQueryFailure.NotTrusted, "Only trusted documents run on this endpoint, and this document is not in the manifest.");
        }

        if (hasText)
        {
            return PersistedQueryResolution.Run(query!, hash);
        }

        if (hash is null)
        {
            return PersistedQueryResolution.Refused(PersistedQueryFailure.BadInput, "The request has no query.");
        }

        return _remembered.TryGet(hash, out var remembered)
            ? PersistedQueryResolution.Run(remembered, null)
            : PersistedQueryResolution.Refused(PersistedQueryFailure.NotFound, PersistedQueryResolution.NotFoundMessage);
    }

    /// <summary>Remembers a document sent with its (checked) hash, once it was authorised and valid.</summary>
    public void Remember(string hash, string query)
    {
        if (_trusted is null)
        {
            _remembered.Add(hash, query);
        }
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static PersistedQueryResolution? PersistedQueryError(object persisted, out string? hash)
    {
        hash = null;
        if (persisted is not IDictionary<string, object?> fields)
        {
            return PersistedQueryResolution.Refused(PersistedQueryFailure.BadInput, "extensions.persistedQuery: must be an object with version and sha256Hash.");
        }

        if (!fields.TryGetValue("version", out var version) || !IsOne(version))
        {
            return PersistedQueryResolution.Refused(PersistedQueryFailure.BadInput, "extensions.persistedQuery.version: must be 1.");
        }

        if (!fields.TryGetValue("sha256Hash", out var value) || value is not string text || text.Length != 64 || !text.All(char.IsAsciiHexDigit))
        {
            return PersistedQueryResolution.Refused(PersistedQueryFailure.BadInput, "extensions.persistedQuery.sha256Hash: must be 64 hexadecimal characters.");
        }

        hash = text.ToLowerInvariant();
        return null;
    }

    private static bool IsOne(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        decimal d => d == 1,
        double d => d == 1,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.TryGetInt32(out var n) && n == 1,
        _ => false,
    };
}
