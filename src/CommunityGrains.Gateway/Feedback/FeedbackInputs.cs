using CommunityGrains.Domain.Feedback;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class SubmitFeedbackInput
{
    public string? Id { get; set; }
    public FeedbackChannel Channel { get; set; }
    public string Body { get; set; } = "";
    public bool Anonymous { get; set; }
    public string? EventId { get; set; }
    public FeedbackKind? Type { get; set; }
    public string? Contact { get; set; }
    public string? OnBehalfOf { get; set; }

    /// <summary>onBehalfOf given as null, not left out: the item is nobody's.</summary>
    public bool ForNobody { get; set; }
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
        Field<FeedbackKindType>("type").Description("SUGGESTION, COMPLAINT, INQUIRY or PRAISE.");
        Field<StringGraphType>("contact").Description("Private: shown to moderators and the assignee only, never on the board or to other members. At most 200 characters.");
        Field<IdGraphType>("onBehalfOf").Description("MODERATOR: staff typing in a hotline call, an email or a form on someone's behalf. The item is then the named member's (or nobody's when null and anonymous) and the staff member earns no points; onBehalfOf earns FEEDBACK_SUBMITTED as if they had submitted.");
    }

    /// <summary>Only the parsed fields tell an onBehalfOf given as null from one left out.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var input = (SubmitFeedbackInput)base.ParseDictionary(value);
        input.ForNobody = value.TryGetValue("onBehalfOf", out var named) && named is null;
        return input;
    }
}

public sealed class TriageFeedbackInput
{
    public string FeedbackId { get; set; } = "";
    public FeedbackCategory Category { get; set; }
    public FeedbackPriority Priority { get; set; }
    public string? AssigneeId { get; set; }
    public FeedbackKind? Type { get; set; }
    public DateTimeOffset? DueAt { get; set; }
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
        Field<FeedbackKindType>("type").Description("SUGGESTION, COMPLAINT, INQUIRY or PRAISE; unchanged when omitted.");
        Field<UtcDateTimeGraphType>("dueAt").Description("Overrides the due date that the priority gives; must be after the item was submitted.");
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
