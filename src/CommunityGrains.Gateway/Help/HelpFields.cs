using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Domain.Help;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class HelpFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<HelpRequestType>("helpRequest")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Request(c, c.GetArgument<string>("id")).Get());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpCandidateType>>>>("helpRequestsNear")
            .Description("Open requests near a point, best matches first (distance, shared tags, helper rating). With tags, only requests sharing one.")
            .Argument<NonNullGraphType<GeoPointInputType>>("near")
            .Argument<FloatGraphType>("radiusKm", a => a.DefaultValue = 3.0)
            .Argument<HelpKindType>("kind")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("tags")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                var near = c.GetArgument<GeoPointInput>("near");
                var search = new HelpSearch
                {
                    Near = new GeoPoint(near.Latitude, near.Longitude),
                    RadiusKm = c.GetArgument<double>("radiusKm"),
                    Kind = c.GetArgument<HelpKind?>("kind"),
                    Tags = c.GetArgument<List<string>?>("tags") ?? [],
                    First = c.GetArgument<int>("first"),
                    ExcludeAuthorId = null,
                    OnlySharedTags = true,
                };
                return await c.Grains().Reference<IHelpDirectoryGrain>(c.Actor().CommunityId).Near(search);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpCandidateType>>>>("helpMatches")
            .Description("For one of my open requests: the best counterparts (offers for a need, needs for an offer); my tags rank, not filter.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .Argument<FloatGraphType>("radiusKm", a => a.DefaultValue = 3.0)
            .ResolveAsync(async c => await Request(c, c.GetArgument<string>("requestId"), "requestId")
                .Matches(c.Actor(), c.GetArgument<double>("radiusKm"), c.GetArgument<int>("first")));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<HelpRequestType>>("postHelpRequest")
            .Argument<NonNullGraphType<PostHelpRequestInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PostHelpRequestInput>("input");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                var post = new PostHelpRequest(input.Kind, input.Title, input.Description, input.Tags, new GeoPoint(input.Location.Latitude, input.Location.Longitude), input.ExpiresAt);
                return await Request(c, id).Post(c.Actor(), post);
            });

        mutation.Field<NonNullGraphType<HelpRequestType>>("volunteerForHelpRequest")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<StringGraphType>("message")
            .ResolveAsync(async c => await RequestArgument(c).Volunteer(c.Actor(), c.GetArgument<string?>("message")));

        mutation.Field<NonNullGraphType<HelpRequestType>>("acceptHelper")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<IdGraphType>>("helperId")
            .ResolveAsync(async c => await RequestArgument(c).AcceptHelper(c.Actor(), GatewayIds.Check(c.GetArgument<string>("helperId"), "helperId")));

        mutation.Field<NonNullGraphType<HelpRequestType>>("completeHelpRequest")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .ResolveAsync(async c => await RequestArgument(c).Complete(c.Actor()));

        mutation.Field<NonNullGraphType<HelpRequestType>>("cancelHelpRequest")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .ResolveAsync(async c => await RequestArgument(c).Cancel(c.Actor()));

        mutation.Field<NonNullGraphType<HelpRequestType>>("rateHelp")
            .Argument<NonNullGraphType<RateHelpInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RateHelpInput>("input");
                return await Request(c, input.RequestId, "input.requestId").Rate(c.Actor(), input.Stars, input.Comment);
            });
    }

    private static IHelpRequestGrain RequestArgument(IResolveFieldContext context) => Request(context, context.GetArgument<string>("requestId"), "requestId");

    private static IHelpRequestGrain Request(IResolveFieldContext context, string id, string field = "id") => context.Grain<IHelpRequestGrain>(id, field);
}
