using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class PracticeTaskFields : IMutationFields
{
    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PracticeTaskType>>("addPracticeTask")
            .Description("Mentor or MODERATOR. Idempotent with id: a repeat with the same content returns the task, other content under that id is CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId", "The group.")
            .Argument<NonNullGraphType<StringGraphType>>("title", "1..200 characters.")
            .Argument<NonNullGraphType<StringGraphType>>("description", "1..5,000 characters.")
            .Argument<UtcDateTimeGraphType>("dueAt", "When submissions are due, in the future; open-ended when omitted.")
            .Argument<IdGraphType>("id", "Client id of the task (no ':'), so a retry adds it once; a new id when omitted.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string?>("id") is { } clientId ? TaskIdArgument(clientId, "id") : Guid.NewGuid().ToString("N");
                return await TaskGrain(c, c.GetArgument<string>("groupId"), id).Add(c.Actor(), new AddPracticeTask(
                    c.GetArgument<string>("title"), c.GetArgument<string>("description"), c.GetArgument<DateTimeOffset?>("dueAt")));
            });

        mutation.Field<NonNullGraphType<TaskSubmissionType>>("submitPracticeTask")
            .Description("Group member; a second call replaces the body until reviewed. A returned submission can be submitted again.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId", "The group.")
            .Argument<NonNullGraphType<IdGraphType>>("taskId", "The task.")
            .Argument<NonNullGraphType<StringGraphType>>("body", "The answer, 1..5,000 characters.")
            .ResolveAsync(async c => await TaskGrain(c, c.GetArgument<string>("groupId"), TaskIdArgument(c.GetArgument<string>("taskId"), "taskId"))
                .Submit(c.Actor(), c.GetArgument<string>("body")));

        mutation.Field<NonNullGraphType<TaskSubmissionType>>("reviewPracticeTask")
            .Description(
                "Mentor approves or returns a submission; PRACTICE certificate at the 10th approval. The mentor or a MODERATOR gives the verdict " +
                "(approved true, or false to return it for another try; a verdict stands until the member submits again). A group peer who is not " +
                "the submitter adds a peer review instead: approved true is a rating of 5, false a rating of 1, with the comment; a second review by " +
                "the same peer replaces the first. Nobody reviews their own submission (FORBIDDEN).")
            .Argument<NonNullGraphType<IdGraphType>>("groupId", "The group.")
            .Argument<NonNullGraphType<IdGraphType>>("submissionId", "TaskSubmission.id.")
            .Argument<NonNullGraphType<BooleanGraphType>>("approved", "Mentor: approve (true) or return (false). Peer: looks good (true) or needs work (false).")
            .Argument<StringGraphType>("comment", "Optional, at most 2,000 characters.")
            .ResolveAsync(async c =>
            {
                var (taskId, memberId) = PracticeSubmissionId.Parse(c.GetArgument<string>("submissionId"));
                return await TaskGrain(c, c.GetArgument<string>("groupId"), GatewayIds.Check(taskId, "submissionId"))
                    .Review(c.Actor(), GatewayIds.Check(memberId, "submissionId"), c.GetArgument<bool>("approved"), c.GetArgument<string?>("comment"));
            });
    }

    /// <summary>A submission id is "task:member", so a task id may not hold the separator.</summary>
    private static string TaskIdArgument(string id, string field) =>
        GatewayIds.Check(id, field).Contains(':', StringComparison.Ordinal)
            ? throw DomainException.BadInput($"{field}: must not contain ':'.")
            : id;

    private static IPracticeTaskGrain TaskGrain(IResolveFieldContext context, string groupId, string taskId) =>
        context.Grains().Reference<IPracticeTaskGrain>(GrainKeys.Of(context.Actor().CommunityId, GatewayIds.Check(groupId, "groupId"), taskId));
}
