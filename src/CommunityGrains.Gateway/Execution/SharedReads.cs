using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Members;
using GraphQL;

namespace CommunityGrains.Gateway.Execution;

/// <summary>
/// A group query names a member once per streak, once per check-in and once per review: without sharing, five members
/// were fifteen or more grain calls per request. Within a query each member is read once and every field that names
/// them gets that read; a member field that asks only for the id and display name is answered from the names a
/// group's view carries, without a read. A mapper's cache only: no rule lives here, and nothing outlives the request.
/// Every member a GraphQL field names is read through here.
/// </summary>
public static class SharedReads
{
    private static readonly HashSet<string> NameOnlyFields = ["id", "displayName", "__typename"];
    private static readonly TierView NoTier = new("", 0, 0, []);

    /// <summary>The member of this community with <paramref name="memberId"/>, read once per query.</summary>
    public static Task<MemberView?> Member(this IResolveFieldContext context, string memberId, string field = "id")
    {
        var key = GrainKeys.Of(context.Actor().CommunityId, GatewayIds.Check(memberId, field));
        if (context.UserContext is not GatewayUserContext { SharesReads: true } request)
        {
            return Read(context, key);
        }

        if (request.KnownName(memberId) is { } displayName && AsksOnlyIdAndName(context))
        {
            return Task.FromResult<MemberView?>(NameCard(memberId, displayName));
        }

        return request.ReadOnce((typeof(MemberView), key), () => Read(context, key));
    }

    /// <summary>As <see cref="Member"/>, for a field that may name no one.</summary>
    public static async Task<MemberView?> MemberOrNull(this IResolveFieldContext context, string? memberId) =>
        memberId is null ? null : await context.Member(memberId);

    /// <summary>Display names that answer later member fields of this query (see <see cref="Member"/>).</summary>
    public static void KnowNames(this IResolveFieldContext context, IReadOnlyDictionary<string, string> names)
    {
        if (context.UserContext is GatewayUserContext { SharesReads: true } request)
        {
            request.KnowNames(names);
        }
    }

    private static bool AsksOnlyIdAndName(IResolveFieldContext context) =>
        context.SubFields is { } fields && fields.Values.All(f => NameOnlyFields.Contains(f.Field.Name.StringValue));

    // Only id and display name are ever resolved from it (AsksOnlyIdAndName), so the other values are never seen.
    private static MemberView NameCard(string memberId, string displayName) => new()
    {
        Id = memberId,
        DisplayName = displayName,
        Segment = default,
        Interests = [],
        JoinedAt = default,
        Points = 0,
        LifetimePoints = 0,
        Tier = NoTier,
        Badges = [],
        HelpsCompleted = 0,
        HelperRating = null,
        RequesterRating = null,
        HelpOffersPosted = 0,
    };

    private static Task<MemberView?> Read(IResolveFieldContext context, string key) =>
        context.Grains().Reference<IMemberGrain>(key).Card();
}
