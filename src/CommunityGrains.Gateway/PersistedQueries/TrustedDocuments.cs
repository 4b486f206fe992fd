using System.Text.Json;

namespace CommunityGrains.Gateway.PersistedQueries;

/// <summary>
/// The manifest of <c>Gateway:TrustedDocumentsPath</c>: one JSON object from SHA-256 hash (64 hex characters) to
/// document text, the <c>persisted-documents.json</c> that graphql-codegen's client preset writes with
/// <c>persistedDocuments: { hashAlgorithm: 'sha256' }</c>. Each hash is checked against its text at start-up, so a
/// manifest made with another hash (the preset's default is sha1) fails loudly instead of refusing every request.
/// </summary>
public static class TrustedDocuments
{
    private const string Key = "Gateway:TrustedDocumentsPath";

    public static IReadOnlyDictionary<string, string> Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException($"Gateway:TrustedDocumentsOnly is true but {Key} is not set; point it at the persisted documents manifest (a JSON object from SHA-256 hash to document).");
        }

        Dictionary<string, string>? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path));
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidOperationException($"{Key} ({path}) cannot be read as a JSON object from SHA-256 hash to document: {unreadable.Message}", unreadable);
        }

        var trusted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, document) in manifest ?? [])
        {
            var hash = key.StartsWith("sha256:", StringComparison.Ordinal) ? key["sha256:".Length..] : key;
            if (!string.Equals(PersistedQueryStore.Sha256(document), hash, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{Key} ({path}): the key {key} is not the SHA-256 of its document; generate the manifest with SHA-256 hashes.");
            }

            trusted[hash.ToLowerInvariant()] = document;
        }

        return trusted;
    }
}
