namespace CommunityGrains.Host.Tests.Durability;

/// <summary>What the client learned from one request.</summary>
public enum Outcome
{
    /// <summary>200 with data and no errors: the service promised the change is durable.</summary>
    Acknowledged,

    /// <summary>A definite refusal (a GraphQL error with a code other than UNAVAILABLE or INTERNAL_SERVER_ERROR).</summary>
    Refused,

    /// <summary>No answer, a connection error, a 5xx, or UNAVAILABLE: the change may or may not have happened.</summary>
    Failed,
}

/// <summary>One request as the client saw it; <paramref name="Code"/> is the GraphQL error code or a transport description.</summary>
public sealed record Attempt(Operation Operation, Uri Host, Outcome Outcome, DateTimeOffset Started, DateTimeOffset Ended, string? Code, string? Message)
{
    /// <summary>The HTTP status of the answer; 0 when none came.</summary>
    public int Status { get; init; }

    public TimeSpan? RetryAfter { get; init; }
}
