using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class StarAwardType : ObjectGraphType<StarAwardView>
{
    public StarAwardType()
    {
        Name = "StarAward";
        Description = "The star of a month (or of a year) in one category, chosen after the period ended.";
        Field(x => x.Month).Description("The month, YYYY-MM in the community's time zone; the year, YYYY, for a star of the year.");
        Field<NonNullGraphType<StarCategoryType>>("category").Description("The category.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<MemberType>>("member").Description("The star.").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.Score).Description("The member's score in the category that month.");
        Field(x => x.Citation, nullable: true).Description("Why they were chosen; null when none was given.");
        Field<NonNullGraphType<MemberType>>("selectedBy").Description("The moderator who chose.").ResolveAsync(async c => await c.Member(c.Source.SelectedBy));
        Field<NonNullGraphType<UtcDateTimeGraphType>>("selectedAt").Description("When the star was chosen.").Resolve(c => c.Source.SelectedAt);
    }
}
