using CommunityGrains.Contracts.Help;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

/// <summary>Built from <see cref="HelpRequestView"/>, which has no coordinates: nothing here can leak the exact point.</summary>
public sealed class HelpRequestType : ObjectGraphType<HelpRequestView>
{
    public HelpRequestType()
    {
        Name = "HelpRequest";
        Description = "A neighbour's need for help, or an offer of it, in a coarse area.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the request.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<HelpKindType>>("kind").Description("NEED or OFFER.").Resolve(c => c.Source.Kind);
        Field(x => x.Title).Description("Short title, at most 200 characters.");
        Field(x => x.Description).Description("What is needed or offered, at most 5000 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Description("Up to 10 tags, each at most 32 characters; used for matching.").Resolve(c => c.Source.Tags);
        Field<NonNullGraphType<MemberType>>("author").Description("The member who posted it.").ResolveAsync(async c => await c.Member(c.Source.AuthorId));
        Field(x => x.Area).Description("A coarse area (geohash, about 1 km); exact coordinates are never returned to anyone.");
        Field<NonNullGraphType<HelpStatusType>>("status").Description("Current status; an OPEN request past expiresAt reads EXPIRED.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Description("When it was posted.").Resolve(c => c.Source.CreatedAt);
        Field<UtcDateTimeGraphType>("expiresAt").Description("When it stops taking volunteers (default 14 days after posting).").Resolve(c => c.Source.ExpiresAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("volunteers").Description("Members who volunteered, in the order they did (at most 100).")
            .ResolveAsync(async c => await Task.WhenAll(c.Source.VolunteerIds.Select(id => c.Member(id))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpVolunteerType>>>>("volunteerDetails")
            .Description("Author only (the volunteers' own entries to each volunteer): who offered and what they wrote.")
            .ResolveAsync(async c => await c.Grain<IHelpRequestGrain>(c.Source.Id).VolunteerDetails(c.Actor()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimeWindowType>>>>("availability")
            .Description("Times when help is wanted or offered, in the community's time zone; matching prefers overlaps.")
            .Resolve(c => c.Source.Availability);
        Field<MemberType>("helper").Description("The volunteer the author accepted; null before.").ResolveAsync(async c => c.Source.HelperId is { } id ? await c.Member(id) : null);
        Field<UtcDateTimeGraphType>("completedAt").Description("When the author marked it completed; null before.").Resolve(c => c.Source.CompletedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpRatingType>>>>("ratings").Description("Ratings between author and helper after completion.").Resolve(c => c.Source.Ratings);
        Field<NonNullGraphType<Discussion.ThreadType>>("thread").Description("The discussion thread of this request.").Resolve(c => Contracts.Discussion.SubjectRef.Of(Domain.Discussion.ThreadSubject.HelpRequest, c.Source.Id));
    }
}
