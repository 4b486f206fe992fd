namespace CommunityGrains.Contracts.Common;

/// <summary>
/// Every grain key starts with the community id, so two communities can never address the same state.
/// Ids are validated (no '/', no control characters) before they are put into a key; <see cref="GrainKey"/> reads one back.
/// </summary>
public static class GrainKeys
{
    public const char Separator = '/';

    public static string Of(string communityId, string ownId) => communityId + Separator + ownId;

    public static string Of(string communityId, string ownId, string part) => communityId + Separator + ownId + Separator + part;
}
