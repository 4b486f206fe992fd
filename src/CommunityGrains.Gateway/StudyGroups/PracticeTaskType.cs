using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class PracticeTaskType : ObjectGraphType<PracticeTaskView>
{
    /// <summary>
    /// Priced for the complexity limit as a group's working set, not the 50 listed at most: a group reads its tasks with
    /// their submissions (one per member and the mentor) and their reviews in one query.
    /// </summary>
    public const int TypicalOpenTasks = 10;

    public PracticeTaskType()
    {
        Name = "PracticeTask";
        Description = "Seed 001 §2: practice tasks submitted, reviewed by mentor and peers; 10 approved earn the practice certificate.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the task within its group.").Resolve(c => c.Source.Id);
        Field(x => x.Title).Description("What to practise, 1..200 characters.");
        Field(x => x.Description).Description("The task in full, 1..5,000 characters.");
        Field<UtcDateTimeGraphType>("dueAt").Description("When submissions are due; null when open-ended.").Resolve(c => c.Source.DueAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskSubmissionType>>>>("submissions")
            .Description("One per member who submitted, in the order they first did.")
            .WithComplexityImpact(1, StudyGroupRules.MaxCapacity + 1)
            .Resolve(c => c.Source.Submissions);
    }
}
