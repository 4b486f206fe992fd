using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class PracticeTaskType : ObjectGraphType<PracticeTaskView>
{
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
            .Resolve(c => c.Source.Submissions);
    }
}
