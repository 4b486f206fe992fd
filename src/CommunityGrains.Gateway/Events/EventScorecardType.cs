using CommunityGrains.Contracts.Events;
using CommunityGrains.Domain.Events;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class EventScorecardType : ObjectGraphType<EventScorecardView>
{
    public EventScorecardType()
    {
        Name = "EventScorecard";
        Description = "Seed 000's targets for one event, measured live.";
        Field(x => x.ValidFeedback).Description("Feedback items submitted with this eventId and not CLOSED as invalid/duplicate; target 200.");
        Field<NonNullGraphType<IntGraphType>>("validFeedbackTarget").Description("Seed 000's target for validFeedback: 200.").Resolve(_ => EventScorecard.ValidFeedbackTarget);
        Field(x => x.ClassificationAgreement, nullable: true).Description("Of this event's triaged feedback, the share whose suggested category equalled the triaged one; target 0.90.");
        Field(x => x.ResolvedWithinTarget, nullable: true).Description("Of this event's feedback that is resolved or past due, the share resolved by its due date; target 0.70.");
        Field(x => x.NpsChange, nullable: true).Description("NPS of the AFTER survey minus NPS of the BEFORE survey, in points; target +15.");
        Field(x => x.NpsBefore, nullable: true).Description("NPS of the event's BEFORE survey, -100..100; null without one or before its first answer.");
        Field(x => x.NpsAfter, nullable: true).Description("NPS of the event's AFTER survey, -100..100; null without one or before its first answer.");
        Field(x => x.Attended).Description("Members who signed in or were marked present.");
        Field(x => x.EngagedAttendees).Description("Attendees who answered at least one of the event's surveys or polls, or submitted feedback.");
    }
}
