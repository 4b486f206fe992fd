using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;
using DateGraphType = CommunityGrains.Gateway.Schema.DateGraphType;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class StudyGroupType : ObjectGraphType<StudyGroupView>
{
    public StudyGroupType()
    {
        Name = "StudyGroup";
        Description = "A small group (3..5 members and an optional mentor) that checks in daily towards a goal.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the group.").Resolve(c => c.Source.Id);
        Field(x => x.Name).Description("The group's name.");
        Field(x => x.Goal).Description("What the group works towards.");
        Field(x => x.Capacity).Description("3..5, default 5; the mentor is not counted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Description("The group's tags, lower case.").Resolve(c => c.Source.Tags);
        Field<MemberType>("mentor").Description("The mentor; null when the group has none.").ResolveAsync(async c =>
            Named(c).MentorId is { } mentorId ? await c.Member(mentorId) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("members").Description("The members of the group.").ResolveAsync(async c =>
            await Task.WhenAll(Named(c).MemberIds.Select(id => c.Member(id))));
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Description("When the group was created.").Resolve(c => c.Source.CreatedAt);
        Field(x => x.GroupStreak).Description("Consecutive days, ending today or yesterday, on which every member checked in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberStreakType>>>>("memberStreaks").Description("Each member's check-in streaks.").Resolve(c => Named(c).MemberStreaks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInType>>>>("checkIns")
            .Description("The check-ins of a day in the community's time zone; default: today.")
            .Argument<DateGraphType>("date", "The day; today when omitted.")
            .ResolveAsync(async c => c.GetArgument<DateOnly?>("date") is { } date && date != c.Source.Today
                ? await Group(c).CheckIns(date)
                : Named(c).TodayCheckIns);
        Field<NonNullGraphType<WeeklyReviewType>>("weeklyReview")
            .Description("The Monday-first week containing weekOf; default: the current week.")
            .Argument<DateGraphType>("weekOf", "Any day of the week; the current week when omitted.")
            .ResolveAsync(async c => await Group(c).WeeklyReview(c.GetArgument<DateOnly?>("weekOf")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PracticeTaskType>>>>("tasks")
            .Description("The group's newest practice tasks (at most 50), newest first.")
            .WithComplexityImpact(1, PracticeTaskType.TypicalOpenTasks)
            .ResolveAsync(async c =>
            {
                var ids = await c.Grain<IStudyGroupTasksGrain>(c.Source.Id).TaskIds();
                var tasks = await Task.WhenAll(ids.Select(id => c.Grains().Reference<IPracticeTaskGrain>(GrainKeys.Of(c.Actor().CommunityId, c.Source.Id, id)).Get()));
                return tasks.OfType<PracticeTaskView>().ToList();
            });
        Field<NonNullGraphType<Discussion.ThreadType>>("thread").Description("The discussion thread of this item.").Resolve(c => Contracts.Discussion.SubjectRef.Of(Domain.Discussion.ThreadSubject.StudyGroup, c.Source.Id));
    }

    private static IStudyGroupGrain Group(IResolveFieldContext<StudyGroupView> context) =>
        context.Grain<IStudyGroupGrain>(Named(context).Id);

    /// <summary>The group, whose member names now answer the member fields below it (see <see cref="SharedReads"/>).</summary>
    private static StudyGroupView Named(IResolveFieldContext<StudyGroupView> context)
    {
        context.KnowNames(context.Source.MemberNames);
        return context.Source;
    }
}

public sealed class MemberStreakType : ObjectGraphType<MemberStreakView>
{
    public MemberStreakType()
    {
        Name = "MemberStreak";
        Description = "One member's check-in streaks in a study group.";
        Field<NonNullGraphType<MemberType>>("member").Description("The member.").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.Current).Description("Consecutive days ending today or yesterday.");
        Field(x => x.Longest).Description("Longest run of consecutive check-in days ever in this group.");
        Field<DateGraphType>("lastCheckIn").Description("The last day checked in; null before the first.").Resolve(c => c.Source.LastCheckIn);
        Field(x => x.Certified).Description("True once a run of the community's certificateDays (default 30) earned the STREAK certificate in this group.");
    }
}
