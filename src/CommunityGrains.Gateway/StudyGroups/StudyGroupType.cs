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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field(x => x.Goal);
        Field(x => x.Capacity).Description("3..5, default 5; the mentor is not counted.");
        Field<MemberType>("mentor").ResolveAsync(async c =>
            Named(c).MentorId is { } mentorId ? await c.Member(mentorId) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("members").ResolveAsync(async c =>
            await Task.WhenAll(Named(c).MemberIds.Select(id => c.Member(id))));
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field(x => x.GroupStreak).Description("Consecutive days, ending today or yesterday, on which every member checked in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberStreakType>>>>("memberStreaks").Resolve(c => Named(c).MemberStreaks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInType>>>>("checkIns")
            .Description("The check-ins of a day in the community's time zone; default: today.")
            .Argument<DateGraphType>("date")
            .ResolveAsync(async c => c.GetArgument<DateOnly?>("date") is { } date && date != c.Source.Today
                ? await Group(c).CheckIns(date)
                : Named(c).TodayCheckIns);
        Field<NonNullGraphType<WeeklyReviewType>>("weeklyReview")
            .Description("The Monday-first week containing weekOf; default: the current week.")
            .Argument<DateGraphType>("weekOf")
            .ResolveAsync(async c => await Group(c).WeeklyReview(c.GetArgument<DateOnly?>("weekOf")));
        Field<NonNullGraphType<Discussion.ThreadType>>("thread").Resolve(c => Contracts.Discussion.SubjectRef.Of(Domain.Discussion.ThreadSubject.StudyGroup, c.Source.Id));
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
        Field<NonNullGraphType<MemberType>>("member").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.Current).Description("Consecutive days ending today or yesterday.");
        Field(x => x.Longest);
        Field<DateGraphType>("lastCheckIn").Resolve(c => c.Source.LastCheckIn);
        Field(x => x.Certified).Description("True once a 30-day streak earned the certificate badge in this group.");
    }
}
