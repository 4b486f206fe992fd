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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<HelpKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Title);
        Field(x => x.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Tags);
        Field<NonNullGraphType<MemberType>>("author").ResolveAsync(async c => await c.Member(c.Source.AuthorId));
        Field(x => x.Area).Description("A coarse area (geohash, about 1 km); exact coordinates are never returned to anyone.");
        Field<NonNullGraphType<HelpStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<UtcDateTimeGraphType>("expiresAt").Resolve(c => c.Source.ExpiresAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("volunteers")
            .ResolveAsync(async c => await Task.WhenAll(c.Source.VolunteerIds.Select(id => c.Member(id))));
        Field<MemberType>("helper").ResolveAsync(async c => c.Source.HelperId is { } id ? await c.Member(id) : null);
        Field<UtcDateTimeGraphType>("completedAt").Resolve(c => c.Source.CompletedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpRatingType>>>>("ratings").Resolve(c => c.Source.Ratings);
        Field<NonNullGraphType<Discussion.ThreadType>>("thread").Resolve(c => Contracts.Discussion.SubjectRef.Of(Domain.Discussion.ThreadSubject.HelpRequest, c.Source.Id));
    }
}
