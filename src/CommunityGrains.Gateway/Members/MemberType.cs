using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Gateway.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Members;

public sealed class MemberType : ObjectGraphType<MemberView>
{
    public const string PointsCursorKind = "points";

    public MemberType()
    {
        Name = "Member";
        Description = "A person in the community, with their points, tier and badges.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the member: the sub of their token.").Resolve(c => c.Source.Id);
        Field(x => x.DisplayName).Description("Name shown to others.");
        Field<NonNullGraphType<MemberSegmentType>>("segment").Description("Derived from behaviour: EXPERT for a moderator's grant or the top 5% of lifetime points, NEWCOMER in the first 30 days, REGULAR otherwise.").Resolve(c => c.Source.Segment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("interests").Description("Tags the member is interested in.").Resolve(c => c.Source.Interests);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("joinedAt").Description("When they joined the community.").Resolve(c => c.Source.JoinedAt);
        Field(x => x.Points).Description("Spendable balance.");
        Field(x => x.LifetimePoints).Description("Everything ever earned; the tier is computed from it and never drops when points are spent.");
        Field<NonNullGraphType<IncentiveTierType>>("tier").Description("The incentive tier reached with lifetimePoints.").Resolve(c => c.Source.Tier);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BadgeAwardType>>>>("badges").Description("Badges the member holds, oldest first.").Resolve(c => c.Source.Badges);
        Field<NonNullGraphType<ConnectionType<PointsEntryType, PointsEntryView>>>("pointsHistory")
            .Description("Every points change, newest first. Readable by the member themself and by moderators only (FORBIDDEN for others): the ledger must not tie anyone to what they did anonymously.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .ResolveAsync(async c =>
            {
                var actor = c.Actor();
                if (actor.MemberId != c.Source.Id && !actor.IsAtLeast(Role.Moderator))
                {
                    throw DomainException.Forbidden("pointsHistory: only the member and moderators can read a member's points history.");
                }

                var first = InputLimits.PageSize(c.GetArgument<int>("first"));
                var after = c.GetArgument<string?>("after");
                long? before = after is null ? null : Cursor.DecodeNumber(PointsCursorKind, after);
                return await c.Grain<IMemberGrain>(c.Source.Id).PointsHistory(first, before);
            });
        Field(x => x.HelpsCompleted).Description("Help requests completed with this member as the helper.");
        Field(x => x.HelperRating, nullable: true).Description("Mean stars received as a helper; null before the first rating.");
        Field(x => x.RequesterRating, nullable: true).Description("Mean of the stars this member received as a requester.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StudyGroups.CertificateType>>>>("certificates")
            .Description("Certificates earned in study groups, oldest first.")
            .ResolveAsync(async c => await c.Grain<Contracts.StudyGroups.IMemberCertificatesGrain>(c.Source.Id).List());
        Field(x => x.HelpOffersPosted).Description("Offers of help this member has posted; the 5th earns NEIGHBOR_EXPERT.");
    }
}

public sealed class MemberSegmentType : EnumerationGraphType<MemberSegment>
{
    public MemberSegmentType()
    {
        Name = "MemberSegment";
        Description = "Where a member stands, derived from behaviour: NEWCOMER, REGULAR or EXPERT.";
    }
}
