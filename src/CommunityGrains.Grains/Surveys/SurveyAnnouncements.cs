using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Surveys;
using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Notifications;

namespace CommunityGrains.Grains.Surveys;

/// <summary>A new survey invites its audience: one member, the members registered for its event, or the whole community.</summary>
public static class SurveyAnnouncements
{
    public static Announcement Opened(string surveyId, string title, SurveyAudience audience, string createdBy)
    {
        var draft = new NotificationDraft
        {
            Key = $"survey-invitation:{surveyId}",
            Kind = NotificationKind.SurveyInvitation,

            // No thread subject names a survey; the kind says what the id is.
            SubjectId = surveyId,
            Facts = new Dictionary<string, string> { ["title"] = title },
        };
        return audience switch
        {
            { MemberId: { } memberId } => Announcement.To(memberId, draft),

            // The same members the survey accepts answers from: every registration not cancelled.
            { EventId: { } eventId } => Announcement.ToAudience(
                FanOutAudience.RegistrantsOf(eventId, RegistrationStatus.Registered, RegistrationStatus.Waitlisted, RegistrationStatus.Attended), draft, createdBy),
            _ => Announcement.ToAudience(FanOutAudience.WholeCommunity, draft, createdBy),
        };
    }
}
