using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Gateway.Execution;
using GraphQL.Types;
using DateGraphType = CommunityGrains.Gateway.Schema.DateGraphType;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class StudyGroupAwardType : ObjectGraphType<StudyGroupAwardView>
{
    public StudyGroupAwardType()
    {
        Name = "StudyGroupAward";
        Description = "The best study group of a Monday-first week in the community's time zone: the award once a moderator gave it, the leader so far before.";
        Field<NonNullGraphType<StudyGroupType>>("group").Description("The group.").ResolveAsync(async c =>
            await c.Grain<IStudyGroupGrain>(c.Source.GroupId).Get());
        Field<NonNullGraphType<DateGraphType>>("weekOf").Description("The Monday of the week.").Resolve(c => c.Source.WeekOf);
        Field(x => x.CheckInRate).Description(
            "Check-ins on the week's days (one per member and day) over 7 x members, at most 1; members are the most the group had at any of its check-ins, reviews or joins that week.");
    }
}
