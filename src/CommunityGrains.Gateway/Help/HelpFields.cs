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
            .Description("One help request; null when there is none with this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The request's id.")
            .ResolveAsync(async c => await Request(c, c.GetArgument<string>("id")).Get());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpCandidateType>>>>("helpRequestsNear")
            .Description("Open requests near a point, best matches first (distance, shared tags, helper rating). With tags, only requests sharing one.")
            .Argument<NonNullGraphType<GeoPointInputType>>("near", "The point to search around; it is not stored.")
            .Argument<FloatGraphType>("radiusKm", "Search radius in km, above 0 and at most 10.", a => a.DefaultValue = 3.0)
            .Argument<HelpKindType>("kind", "Only needs or only offers; both when omitted.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("tags", "Only requests sharing at least one of these tags; no filter when omitted or empty.")
            .Argument<IntGraphType>("first", "How many, 1..100.", a => a.DefaultValue = 20)
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
            .Argument<NonNullGraphType<IdGraphType>>("requestId", "My OPEN request.")
            .Argument<IntGraphType>("first", "How many, 1..100.", a => a.DefaultValue = 10)
            .Argument<FloatGraphType>("radiusKm", "Search radius around my request in km, above 0 and at most 10.", a => a.DefaultValue = 3.0)
            .ResolveAsync(async c => await Request(c, c.GetArgument<string>("requestId"), "requestId")
                .Matches(c.Actor(), c.GetArgument<double>("radiusKm"), c.GetArgument<int>("first")));

        query.Field<NonNullGraphType<ConnectionType<HelpRequestType, HelpRequestView>>>("myHelpRequests")
            .Description("The caller's own requests, newest first.")
            .Argument<StringGraphType>("after", "Cursor from pageInfo.endCursor of the previous page.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<HelpStatusType>("status", "Only requests with this status; all when omitted.")
            .ResolveAsync(async c => await c.Grain<IMemberHelpRequestsGrain>(c.Actor().MemberId)
                .List(c.GetArgument("first", 20), c.GetArgument<string?>("after"), c.GetArgument<HelpStatus?>("status")));

        query.Field<NonNullGraphType<ConnectionType<HelpRequestType, HelpRequestView>>>("helpStories")
            .Description("Completed helps with their ratings' comments, newest first: the story wall.")
            .Argument<StringGraphType>("after", "Cursor from pageInfo.endCursor of the previous page.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .ResolveAsync(async c => await c.Grains().Reference<IHelpStoryWallGrain>(HelpStories.Key(c.Actor().CommunityId))
                .List(c.GetArgument("first", 20), c.GetArgument<string?>("after")));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<HelpRequestType>>("postHelpRequest")
            .Description("Any member: posts a need or an offer. Idempotent with input.id: posting the same id again returns the stored request.")
            .Argument<NonNullGraphType<PostHelpRequestInputType>>("input", "The request.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PostHelpRequestInput>("input");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                var availability = input.Availability?.Select(w => new TimeWindowView(w.Weekday, w.From, w.To)).ToList();
                var post = new PostHelpRequest(input.Kind, input.Title, input.Description, input.Tags, new GeoPoint(input.Location.Latitude, input.Location.Longitude), input.ExpiresAt, availability);
                return await Request(c, id).Post(c.Actor(), post);
            });

        mutation.Field<NonNullGraphType<HelpRequestType>>("volunteerForHelpRequest")
            .Description("Any member: volunteers for an OPEN request; the author is notified.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId", "The request.")
            .Argument<StringGraphType>("message", "Optional note to the author, at most 2000 characters.")
            .ResolveAsync(async c => await RequestArgument(c).Volunteer(c.Actor(), c.GetArgument<string?>("message")));

        mutation.Field<NonNullGraphType<HelpRequestType>>("acceptHelper")
            .Description("The author: accepts one volunteer of an OPEN request, which becomes MATCHED. Accepting the same helper again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId", "The author's request.")
            .Argument<NonNullGraphType<IdGraphType>>("helperId", "Member id of the volunteer to accept.")
            .ResolveAsync(async c => await RequestArgument(c).AcceptHelper(c.Actor(), GatewayIds.Check(c.GetArgument<string>("helperId"), "helperId")));

        mutation.Field<NonNullGraphType<HelpRequestType>>("completeHelpRequest")
            .Description("The author: marks a MATCHED request COMPLETED, which credits the helper. Completing again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId", "The author's request.")
            .ResolveAsync(async c => await RequestArgument(c).Complete(c.Actor()));

        mutation.Field<NonNullGraphType<HelpRequestType>>("cancelHelpRequest")
            .Description("The author: cancels an OPEN or MATCHED request. Cancelling again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId", "The author's request.")
            .ResolveAsync(async c => await RequestArgument(c).Cancel(c.Actor()));

        mutation.Field<NonNullGraphType<HelpRequestType>>("rateHelp")
            .Description("The author or the helper of a COMPLETED request: rates the other, once.")
            .Argument<NonNullGraphType<RateHelpInputType>>("input", "The rating.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RateHelpInput>("input");
                return await Request(c, input.RequestId, "input.requestId").Rate(c.Actor(), input.Stars, input.Comment);
            });
    }

    private static IHelpRequestGrain RequestArgument(IResolveFieldContext context) => Request(context, context.GetArgument<string>("requestId"), "requestId");

    private static IHelpRequestGrain Request(IResolveFieldContext context, string id, string field = "id") => context.Grain<IHelpRequestGrain>(id, field);
}
