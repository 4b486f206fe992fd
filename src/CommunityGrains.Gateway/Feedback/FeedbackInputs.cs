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
        Field<IdGraphType>("id").Description("A client id: submitting again with it returns the same item.");
        Field<NonNullGraphType<FeedbackChannelType>>("channel");
        Field<NonNullGraphType<StringGraphType>>("body");
        Field<BooleanGraphType>("anonymous").DefaultValue(false);
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
        Field<NonNullGraphType<IdGraphType>>("feedbackId");
        Field<NonNullGraphType<FeedbackCategoryType>>("category");
        Field<NonNullGraphType<FeedbackPriorityType>>("priority");
        Field<IdGraphType>("assigneeId");
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
        Field<NonNullGraphType<IdGraphType>>("feedbackId");
        Field<NonNullGraphType<StringGraphType>>("reply");
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
        Field<NonNullGraphType<IdGraphType>>("feedbackId");
        Field<NonNullGraphType<StringGraphType>>("resolution");
        Field<BooleanGraphType>("public").DefaultValue(true);
    }
}
