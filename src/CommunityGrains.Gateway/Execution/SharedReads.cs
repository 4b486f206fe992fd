using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using GraphQL;

namespace CommunityGrains.Gateway.Execution;

/// <summary>
/// A group query names a member once per streak, once per check-in and once per review: without sharing, five members
/// were fifteen or more grain calls per request. Within a query each member is read once and every field that names
/// them gets that read. A mapper's cache only: no rule lives here, and nothing outlives the request.
/// </summary>
public static class SharedReads
{
    /// <summary>The member of this community with <paramref name="memberId"/>, read once per query.</summary>
    public static Task<MemberView?> Member(this IResolveFieldContext context, string memberId, string field = "id")
    {
        var key = GrainKeys.Of(context.Actor().CommunityId, GatewayIds.Check(memberId, field));
        if (context.UserContext is not GatewayUserContext { SharesReads: true } request)
        {
            return Read(context, key);
        }

        return request.ReadOnce((typeof(MemberView), key), () => Read(context, key));
    }

    private static Task<MemberView?> Read(IResolveFieldContext context, string key) =>
        context.Grains().Reference<IMemberGrain>(key).Get();
}
