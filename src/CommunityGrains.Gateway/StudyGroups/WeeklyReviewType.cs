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
        Description = "How a study group did in one Monday-first week.";
        Field<NonNullGraphType<DateGraphType>>("weekOf").Description("The Monday the week starts on.").Resolve(c => c.Source.WeekOf);
        Field(x => x.CheckInRate).Description("Check-ins / (members x days so far).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyMemberSummaryType>>>>("members").Description("Per member: days checked in and reviews given this week.").Resolve(c => c.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInType>>>>("highlighted").Description("Check-ins of the week the mentor or a moderator highlighted.").Resolve(c => c.Source.Highlighted);
    }
}

public sealed class WeeklyMemberSummaryType : ObjectGraphType<WeeklyMemberSummaryView>
{
    public WeeklyMemberSummaryType()
    {
        Name = "WeeklyMemberSummary";
        Description = "One member's week in a study group.";
        Field<NonNullGraphType<MemberType>>("member").Description("The member.").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.DaysCheckedIn).Description("Days of the week on which they checked in.");
        Field(x => x.ReviewsGiven).Description("Peer reviews they gave this week.");
    }
}
