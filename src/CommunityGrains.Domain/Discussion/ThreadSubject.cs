namespace CommunityGrains.Domain.Discussion;

/// <summary>What a thread (or a notification) is about. Stored: values are explicit and never renumbered.</summary>
public enum ThreadSubject
{
    Proposal = 0,
    Feedback = 1,
    StudyGroup = 2,
    HelpRequest = 3,
    Event = 4,
}
