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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.DisplayName);
        Field<NonNullGraphType<MemberSegmentType>>("segment").Resolve(c => c.Source.Segment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("interests").Resolve(c => c.Source.Interests);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("joinedAt").Resolve(c => c.Source.JoinedAt);
        Field(x => x.Points).Description("Spendable balance.");
        Field(x => x.LifetimePoints).Description("Everything ever earned; the tier is computed from it and never drops when points are spent.");
        Field<NonNullGraphType<IncentiveTierType>>("tier").Resolve(c => c.Source.Tier);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BadgeAwardType>>>>("badges").Resolve(c => c.Source.Badges);
        Field<NonNullGraphType<ConnectionType<PointsEntryType, PointsEntryView>>>("pointsHistory")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var first = InputLimits.PageSize(c.GetArgument<int>("first"));
                var after = c.GetArgument<string?>("after");
                long? before = after is null ? null : Cursor.DecodeNumber(PointsCursorKind, after);
                return await c.Grain<IMemberGrain>(c.Source.Id).PointsHistory(first, before);
            });
        Field(x => x.HelpsCompleted);
        Field(x => x.HelperRating, nullable: true);
    }
}

public sealed class MemberSegmentType : EnumerationGraphType<MemberSegment>
{
    public MemberSegmentType() => Name = "MemberSegment";
}
