using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Discussion;

namespace CommunityGrains.Grains.Discussion;

/// <summary>
/// Who may read and write a subject's thread: whoever may see the subject itself, by the subject's own rules. One
/// case per subject.
/// </summary>
public static class SubjectAccess
{
    public static async Task RequireVisible(IGrainFactory grains, Actor actor, SubjectRef subject)
    {
        var key = GrainKeys.Of(actor.CommunityId, subject.SubjectId);
        var visible = subject.Subject switch
        {
            ThreadSubject.Proposal => await grains.Reference<IProposalGrain>(key).Get(actor) is not null,

            // Public resolved items, and the (named) author, the assignee and staff on their own item.
            ThreadSubject.Feedback => await grains.Reference<IFeedbackGrain>(key).Get(actor) is not null,

            // Members and mentor only; moderators too, since they hide comments.
            ThreadSubject.StudyGroup => await grains.Reference<IStudyGroupGrain>(key).Get() is { } group
                && (group.MemberIds.Contains(actor.MemberId) || group.MentorId == actor.MemberId || actor.IsAtLeast(Role.Moderator)),
            ThreadSubject.HelpRequest => await grains.Reference<IHelpRequestGrain>(key).Get() is not null,

            // Any member once the event is published, registered or not: questions before deciding to come are the
            // point of the thread, and it stays open after the end for the follow-up. A draft is its organisers' only.
            ThreadSubject.Event => await grains.Reference<IEventGrain>(key).Get(actor) is not null,
            _ => false,
        };
        if (!visible)
        {
            throw DomainException.NotFound($"{Domain.Common.EnumNames.Constant(subject.Subject)} '{subject.SubjectId}' does not exist.");
        }
    }
}
