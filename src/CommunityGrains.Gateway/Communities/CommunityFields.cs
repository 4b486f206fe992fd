using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class CommunityFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CommunityType>>("community")
            .ResolveAsync(async c => await Community(c).GetExisting());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveTierType>>>>("incentiveTiers")
            .ResolveAsync(async c => (await Community(c).GetExisting()).Tiers);
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CommunityType>>("createCommunity")
            .Argument<NonNullGraphType<CreateCommunityInputType>>("input")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateCommunityInput>("input");
                var actor = c.Actor();
                if (GatewayIds.Check(input.Id, "input.id") != actor.CommunityId)
                {
                    throw DomainException.Forbidden("A token can only create the community it names.");
                }

                return await Community(c).Create(actor, input.Name, input.TimeZone);
            });

        mutation.Field<NonNullGraphType<CommunityType>>("configureCommunity")
            .Argument<NonNullGraphType<ConfigureCommunityInputType>>("input")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ConfigureCommunityInput>("input");
                var rules = input.PointRules?.Select(r => KeyValuePair.Create(r.Action, r.Points)).ToList();
                return await Community(c).Configure(c.Actor(), new ConfigureCommunity(input.Name, input.TimeZone, rules, input.FeedbackTargetDays, input.Language, input.DiscussionPointsPerDay));
            });

        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveTierType>>>>("setIncentiveTiers")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveTierInputType>>>>("tiers")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c =>
            {
                var tiers = c.GetArgument<List<IncentiveTierInput>>("tiers")
                    .Select(t => new TierInput(t.Name, t.MinLifetimePoints, t.Perks ?? []))
                    .ToList();
                return await Community(c).SetTiers(c.Actor(), tiers);
            });
    }

    private static ICommunityGrain Community(IResolveFieldContext context) =>
        context.Grains().Reference<ICommunityGrain>(context.Actor().CommunityId);
}
