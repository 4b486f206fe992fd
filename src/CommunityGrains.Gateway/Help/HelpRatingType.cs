using CommunityGrains.Contracts.Help;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class HelpRatingType : ObjectGraphType<HelpRatingView>
{
    public HelpRatingType()
    {
        Name = "HelpRating";
        Description = "Stars the author and the helper of a completed request give each other.";
        Field<NonNullGraphType<MemberType>>("from").Description("Who rated.").ResolveAsync(async c => await c.Member(c.Source.FromId));
        Field<NonNullGraphType<MemberType>>("to").Description("Who was rated.").ResolveAsync(async c => await c.Member(c.Source.ToId));
        Field(x => x.Stars).Description("1..5.");
        Field(x => x.Comment, nullable: true).Description("Optional comment; null when none was given.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When the rating was given.").Resolve(c => c.Source.At);
    }
}
