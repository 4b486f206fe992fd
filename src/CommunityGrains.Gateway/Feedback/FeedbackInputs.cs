using CommunityGrains.Domain.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class SubmitFeedbackInput
{
    public string? Id { get; set; }
    public FeedbackChannel Channel { get; set; }
    public string Body { get; set; } = "";
    public bool Anonymous { get; set; }
    public string? EventId { get; set; }
}

public sealed class SubmitFeedbackInputType : InputObjectGraphType<SubmitFeedbackInput>
{
    public SubmitFeedbackInputType()
    {
        Name = "SubmitFeedbackInput";
        Description = "New feedback.";
        Field<IdGraphType>("id").Description("A client id: submitting again with it returns the same item.");
        Field<NonNullGraphType<FeedbackChannelType>>("channel").Description("Where it came in.");
        Field<NonNullGraphType<StringGraphType>>("body").Description("The feedback text, 1..5000 characters.");
        Field<BooleanGraphType>("anonymous").Description("True to hide the author from everyone, moderators included.").DefaultValue(false);
        Field<IdGraphType>("eventId").Description("Feedback collected at an event (sticky-note wall, form at the venue); counts on its scorecard.");
    }
}

public sealed class TriageFeedbackInput
{
    public string FeedbackId { get; set; } = "";
    public FeedbackCategory Category { get; set; }
    public FeedbackPriority Priority { get; set; }
    public string? AssigneeId { get; set; }
}

public sealed class TriageFeedbackInputType : InputObjectGraphType<TriageFeedbackInput>
{
    public TriageFeedbackInputType()
    {
        Name = "TriageFeedbackInput";
        Description = "A moderator's triage of a feedback item.";
        Field<NonNullGraphType<IdGraphType>>("feedbackId").Description("The item.");
        Field<NonNullGraphType<FeedbackCategoryType>>("category").Description("The category decided.");
        Field<NonNullGraphType<FeedbackPriorityType>>("priority").Description("The priority decided.");
        Field<IdGraphType>("assigneeId").Description("Member who handles it (may reply and resolve); none when omitted.");
    }
}

public sealed class ReplyToFeedbackInput
{
    public string FeedbackId { get; set; } = "";
    public string Reply { get; set; } = "";
}

public sealed class ReplyToFeedbackInputType : InputObjectGraphType<ReplyToFeedbackInput>
{
    public ReplyToFeedbackInputType()
    {
        Name = "ReplyToFeedbackInput";
        Description = "A reply to the author of a feedback item.";
        Field<NonNullGraphType<IdGraphType>>("feedbackId").Description("The item.");
        Field<NonNullGraphType<StringGraphType>>("reply").Description("1..5000 characters.");
    }
}

public sealed class ResolveFeedbackInput
{
    public string FeedbackId { get; set; } = "";
    public string Resolution { get; set; } = "";
    public bool Public { get; set; } = true;
}

public sealed class ResolveFeedbackInputType : InputObjectGraphType<ResolveFeedbackInput>
{
    public ResolveFeedbackInputType()
    {
        Name = "ResolveFeedbackInput";
        Description = "The resolution of a feedback item.";
        Field<NonNullGraphType<IdGraphType>>("feedbackId").Description("The item.");
        Field<NonNullGraphType<StringGraphType>>("resolution").Description("What was changed, 1..5000 characters.");
        Field<BooleanGraphType>("public").Description("True to show the item on the public board.").DefaultValue(true);
    }
}
