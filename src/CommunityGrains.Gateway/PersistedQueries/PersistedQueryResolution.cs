namespace CommunityGrains.Gateway.PersistedQueries;

/// <summary>What <see cref="PersistedQueryStore.Resolve"/> decided: the text to run (and the hash to remember it by), or why not.</summary>
public sealed record PersistedQueryResolution(string? Query, string? HashToRemember, PersistedQueryFailure Failure, string? Message)
{
    /// <summary>The message Apollo Client, urql and Relay look for (besides the code) before resending with the text.</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";

    public static PersistedQueryResolution Run(string query, string? hashToRemember) => new(query, hashToRemember, PersistedQueryFailure.None, null);

    public static PersistedQueryResolution Refused(PersistedQueryFailure failure, string message) => new(null, null, failure, message);
}
