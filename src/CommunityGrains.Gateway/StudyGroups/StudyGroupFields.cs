using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Gateway.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class StudyGroupFields : IQueryFields, IMutationFields, ICommunityStatsFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<StudyGroupType>("studyGroup")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Group(c, c.GetArgument<string>("id")).Get());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StudyGroupType>>>>("myStudyGroups")
            .ResolveAsync(async c =>
            {
                var ids = await c.Grain<IMemberStudyGroupsGrain>(c.Actor().MemberId).StudyGroupIds();
                var groups = await Task.WhenAll(ids.Select(id => Group(c, id).Get()));
                return groups.OfType<StudyGroupView>().ToList();
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StudyGroupType>>("createStudyGroup")
            .Description("The creator joins as the first member.")
            .Argument<NonNullGraphType<CreateStudyGroupInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateStudyGroupInput>("input");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await Group(c, id).Create(c.Actor(), new CreateStudyGroup(input.Name, input.Goal, input.Capacity, input.MentorId));
            });

        mutation.Field<NonNullGraphType<StudyGroupType>>("joinStudyGroup")
            .Description("GROUP_FULL past capacity.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .ResolveAsync(async c => await Group(c, c.GetArgument<string>("groupId"), "groupId").Join(c.Actor()));

        mutation.Field<NonNullGraphType<StudyGroupType>>("leaveStudyGroup")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .ResolveAsync(async c => await Group(c, c.GetArgument<string>("groupId"), "groupId").Leave(c.Actor()));

        mutation.Field<NonNullGraphType<CheckInType>>("checkIn")
            .Description("Once per member per group per day; a repeat returns the same check-in (note updated), no second award.")
            .Argument<NonNullGraphType<CheckInInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CheckInInput>("input");
                return await Group(c, input.GroupId, "input.groupId").CheckIn(c.Actor(), input.Note);
            });

        mutation.Field<NonNullGraphType<CheckInType>>("reviewCheckIn")
            .Description("A peer in the group, not the author.")
            .Argument<NonNullGraphType<ReviewCheckInInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReviewCheckInInput>("input");
                return await Group(c, input.GroupId, "input.groupId").Review(c.Actor(), new ReviewCheckIn(CheckInArgument(input.CheckInId, "input.checkInId"), input.Rating, input.Comment));
            });

        mutation.Field<NonNullGraphType<CheckInType>>("highlightCheckIn")
            .Description("The group's mentor or a MODERATOR pins an exemplary note.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .Argument<NonNullGraphType<IdGraphType>>("checkInId")
            .ResolveAsync(async c =>
                await Group(c, c.GetArgument<string>("groupId"), "groupId").Highlight(c.Actor(), CheckInArgument(c.GetArgument<string>("checkInId"), "checkInId")));
    }

    void ICommunityStatsFields.AddTo(ObjectGraphType<CommunityStatsSource> stats)
    {
        stats.Field<NonNullGraphType<IntGraphType>>("checkInsToday")
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
