namespace CommunityGrains.Contracts.Common;

/// <summary>The <c>extensions.code</c> values of the GraphQL contract.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string InsufficientPoints = "INSUFFICIENT_POINTS";
    public const string OutOfStock = "OUT_OF_STOCK";
    public const string TierTooLow = "TIER_TOO_LOW";
    public const string GroupFull = "GROUP_FULL";
    public const string VotingClosed = "VOTING_CLOSED";
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>Apollo's automatic persisted queries: the hash is not known; resend it with the query text.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string Unavailable = "UNAVAILABLE";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
}
