using CommunityGrains.Contracts.Common;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Execution;

public static class ResolveContextExtensions
{
    public static Actor Actor(this IResolveFieldContext context) =>
        (context.UserContext as GatewayUserContext)?.Actor
        ?? throw new ExecutionError("A valid bearer token is required.") { Code = ErrorCodes.Unauthenticated };

    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>The grain of one of this community's own objects: the key always starts with the token's community.</summary>
    public static TGrain Grain<TGrain>(this IResolveFieldContext context, string ownId, string field = "id")
        where TGrain : IGrainWithStringKey =>
        context.Grains().Reference<TGrain>(GrainKeys.Of(context.Actor().CommunityId, GatewayIds.Check(ownId, field)));
}
