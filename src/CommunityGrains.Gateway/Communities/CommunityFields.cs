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
            .Description("The token's community; NOT_FOUND before it is created.")
            .ResolveAsync(async c => await Community(c).GetExisting());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveTierType>>>>("incentiveTiers")
            .Description("The community's incentive tiers, lowest first.")
            .ResolveAsync(async c => (await Community(c).GetExisting()).Tiers);
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CommunityType>>("createCommunity")
            .Description("ADMIN: creates the community the token names. Creating again with the same name and time zone returns it; anything else is a CONFLICT.")
            .Argument<NonNullGraphType<CreateCommunityInputType>>("input", "The community.")
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
            .Description("ADMIN: changes the community's settings; omitted fields stay as they are.")
            .Argument<NonNullGraphType<ConfigureCommunityInputType>>("input", "The settings to change.")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ConfigureCommunityInput>("input");
                var rules = input.PointRules?.Select(r => KeyValuePair.Create(r.Action, r.Points)).ToList();
                return await Community(c).Configure(c.Actor(), new ConfigureCommunity(
                    input.Name,
                    input.TimeZone,
                    rules,
                    input.FeedbackTargetDays,
                    input.Language,
                    input.DiscussionPointsPerDay,
                    input.FeedbackTargetDaysByPriority?.Select(p => KeyValuePair.Create(p.Priority, p.Days)).ToList(),
                    input.FeedbackAtRiskShare,
                    input.FeedbackResolutionTarget,
                    input.WelcomePoints,
                    input.CertificateDays));
            });

        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveTierType>>>>("setIncentiveTiers")
            .Description("ADMIN: replaces the whole tier table. Members keep their lifetime points; their tier follows the new table.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveTierInputType>>>>("tiers", "1..20 tiers with unique names; the first starts at 0 and thresholds strictly increase.")
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
