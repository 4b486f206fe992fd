using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;
using DateGraphType = CommunityGrains.Gateway.Schema.DateGraphType;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class WeeklyReviewType : ObjectGraphType<WeeklyReviewView>
{
    public WeeklyReviewType()
    {
        Name = "WeeklyReview";
        Field<NonNullGraphType<DateGraphType>>("weekOf").Resolve(c => c.Source.WeekOf);
        Field(x => x.CheckInRate).Description("Check-ins / (members x days so far).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyMemberSummaryType>>>>("members").Resolve(c => c.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInType>>>>("highlighted").Resolve(c => c.Source.Highlighted);
    }
}

public sealed class WeeklyMemberSummaryType : ObjectGraphType<WeeklyMemberSummaryView>
{
    public WeeklyMemberSummaryType()
    {
        Name = "WeeklyMemberSummary";
        Field<NonNullGraphType<MemberType>>("member").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.DaysCheckedIn);
        Field(x => x.ReviewsGiven);
    }
}
