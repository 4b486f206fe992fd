using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Gateway.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;
using DateGraphType = CommunityGrains.Gateway.Schema.DateGraphType;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class StudyGroupFields : IQueryFields, IMutationFields, ICommunityStatsFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<StudyGroupType>("studyGroup")
            .Description("One study group; null when there is none with this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The group's id.")
            .ResolveAsync(async c => await Group(c, c.GetArgument<string>("id")).Get());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StudyGroupType>>>>("myStudyGroups")
            .Description("The study groups the caller belongs to.")
            .ResolveAsync(async c =>
            {
                var ids = await c.Grain<IMemberStudyGroupsGrain>(c.Actor().MemberId).StudyGroupIds();
                var groups = await Task.WhenAll(ids.Select(id => Group(c, id).Get()));
                return groups.OfType<StudyGroupView>().ToList();
            });

        query.Field<NonNullGraphType<ConnectionType<StudyGroupType, StudyGroupView>>>("studyGroups")
            .Description("Groups with free seats, best match first: the words of the goal and the caller's interests against each group's goal and tags.")
            .Argument<StringGraphType>("after", "Cursor from pageInfo.endCursor of the previous page.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("goal", "Words of the goal, in English or Chinese (1..200 characters); without it, the caller's interests rank the groups.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("tags", "Only groups with every one of these tags (at most 10).")
            .Argument<BooleanGraphType>("withSeatsOnly", "Only groups with a free seat (default true).", a => a.DefaultValue = true)
            .ResolveAsync(async c => await c.Grains().Reference<IStudyGroupDirectoryGrain>(c.Actor().CommunityId).Search(c.Actor(), new StudyGroupSearch
            {
                Goal = c.GetArgument<string?>("goal"),
                Tags = c.GetArgument<List<string>?>("tags"),
                WithSeatsOnly = c.GetArgument("withSeatsOnly", true),
                First = c.GetArgument("first", 20),
                After = c.GetArgument<string?>("after"),
            }));

        query.Field<StudyGroupAwardType>("bestStudyGroupOfWeek")
            .Description("The best group of a week (default: the last full week): highest check-in rate, ties by peer-review count, then earliest to reach it. Null when no group checked in that week.")
            .Argument<DateGraphType>("weekOf", "Any day of the Monday-first week, in the community's time zone; the last full week when omitted.")
            .RequireRole(Role.Member)
            .ResolveAsync(async c => await Board(c).BestOfWeek(c.GetArgument<DateOnly?>("weekOf")));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StudyGroupType>>("createStudyGroup")
            .Description("Any member: creates a study group; the creator joins as the first member. Idempotent with input.id for the same creator.")
            .Argument<NonNullGraphType<CreateStudyGroupInputType>>("input", "The group.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateStudyGroupInput>("input");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await Group(c, id).Create(c.Actor(), new CreateStudyGroup(input.Name, input.Goal, input.Capacity, input.MentorId, input.Tags));
            });

        mutation.Field<NonNullGraphType<StudyGroupType>>("joinStudyGroup")
            .Description("Any member: joins a study group; GROUP_FULL past capacity. Joining again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId", "The group to join.")
            .ResolveAsync(async c => await Group(c, c.GetArgument<string>("groupId"), "groupId").Join(c.Actor()));

        mutation.Field<NonNullGraphType<StudyGroupType>>("leaveStudyGroup")
            .Description("A member or the mentor leaves the group; their streaks in it are dropped. Leaving again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId", "The group to leave.")
            .ResolveAsync(async c => await Group(c, c.GetArgument<string>("groupId"), "groupId").Leave(c.Actor()));

        mutation.Field<NonNullGraphType<StudyGroupType>>("setStudyGroupMentor")
            .Description("Mentor or MODERATOR: names another member of the community as the group's mentor.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId", "The group.")
            .Argument<NonNullGraphType<IdGraphType>>("mentorId", "The new mentor, a member of the community.")
            .ResolveAsync(async c => await Group(c, c.GetArgument<string>("groupId"), "groupId")
                .SetMentor(c.Actor(), GatewayIds.Check(c.GetArgument<string>("mentorId"), "mentorId")));

        mutation.Field<NonNullGraphType<CheckInType>>("checkIn")
            .Description("Once per member per group per day; a repeat returns the same check-in (note updated), no second award.")
            .Argument<NonNullGraphType<CheckInInputType>>("input", "The group and the note.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CheckInInput>("input");
                return await Group(c, input.GroupId, "input.groupId").CheckIn(c.Actor(), input.Note);
            });

        mutation.Field<NonNullGraphType<CheckInType>>("reviewCheckIn")
            .Description("A peer in the group, not the author, rates a check-in.")
            .Argument<NonNullGraphType<ReviewCheckInInputType>>("input", "The check-in and the rating.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReviewCheckInInput>("input");
                return await Group(c, input.GroupId, "input.groupId").Review(c.Actor(), new ReviewCheckIn(CheckInArgument(input.CheckInId, "input.checkInId"), input.Rating, input.Comment));
            });

        mutation.Field<NonNullGraphType<CheckInType>>("highlightCheckIn")
            .Description("The group's mentor or a MODERATOR pins an exemplary note.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId", "The group.")
            .Argument<NonNullGraphType<IdGraphType>>("checkInId", "The check-in to pin.")
            .ResolveAsync(async c =>
                await Group(c, c.GetArgument<string>("groupId"), "groupId").Highlight(c.Actor(), CheckInArgument(c.GetArgument<string>("checkInId"), "checkInId")));

        mutation.Field<NonNullGraphType<StudyGroupAwardType>>("awardBestStudyGroup")
            .Description("MODERATOR: awards the week's best group (BEST_GROUP badge to its members), once per week; a second call returns the same award. BAD_USER_INPUT for a week not over yet, NOT_FOUND when no group checked in.")
            .Argument<DateGraphType>("weekOf", "Any day of the Monday-first week, in the community's time zone; the last full week when omitted.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Board(c).Award(c.Actor(), c.GetArgument<DateOnly?>("weekOf")));
    }

    private static IBestStudyGroupBoardGrain Board(IResolveFieldContext context) =>
        context.Grains().Reference<IBestStudyGroupBoardGrain>(context.Actor().CommunityId);

    void ICommunityStatsFields.AddTo(ObjectGraphType<CommunityStatsSource> stats)
    {
        stats.Field<NonNullGraphType<IntGraphType>>("checkInsToday")
            .Description("Check-ins in all study groups today, in the community's time zone.")
            .ResolveAsync(async c => await c.Grains().Reference<ICheckInStatsGrain>(c.Source.CommunityId).CheckInsToday());
    }

    /// <summary>A check-in id is "date:member id", longer than an own id, so each part obeys the id rules.</summary>
    private static string CheckInArgument(string id, string field)
    {
        var separator = id.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0)
        {
            return GatewayIds.Check(id, field);
        }

        GatewayIds.Check(id[..separator], field);
        GatewayIds.Check(id[(separator + 1)..], field);
        return id;
    }

    private static IStudyGroupGrain Group(IResolveFieldContext context, string groupId, string field = "id") => context.Grain<IStudyGroupGrain>(groupId, field);
}
