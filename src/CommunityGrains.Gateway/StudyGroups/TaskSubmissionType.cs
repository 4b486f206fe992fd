using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class TaskSubmissionType : ObjectGraphType<TaskSubmissionView>
{
    public TaskSubmissionType()
    {
        Name = "TaskSubmission";
        Description = "A member's answer to a practice task: the mentor approves or returns it, peers review it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the submission (task and member), for reviewPracticeTask.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<MemberType>>("member").Description("Who submitted.").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.Body).Description("The current answer; a new submission replaces it until the mentor approves it.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("submittedAt").Description("When the current body was sent.").Resolve(c => c.Source.SubmittedAt);
        Field<BooleanGraphType>("approved")
            .Description("The mentor's verdict on the current body: true approved, false returned (the member may submit again), null while waiting.")
            .Resolve(c => c.Source.Approved);
        Field<StringGraphType>("verdictComment").Description("The mentor's comment with the verdict; null when none was given.").Resolve(c => c.Source.VerdictComment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerReviewType>>>>("reviews")
            .Description("Peers' reviews, oldest first: rating 5 when the peer approved, 1 when they asked for more work.")
            .WithComplexityImpact(1, StudyGroupRules.MaxCapacity)
            .Resolve(c => c.Source.Reviews);
    }
}
