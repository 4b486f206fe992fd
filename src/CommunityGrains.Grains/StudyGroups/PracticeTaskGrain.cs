using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// A practice task of a group and its submissions. Not reentrant: it reads the group and tells the submitter's
/// certificate grain, neither of which ever calls a task, so there is no cycle. The verdict is written before the
/// certificate grain is told, and a repeated verdict tells it again (a set there), so a retry completes a cut-short approval.
/// </summary>
public sealed class PracticeTaskGrain(
    [PersistentState("practiceTask", StorageNames.Default)] IPersistentState<PracticeTaskState> state,
    TimeProvider time) : Grain, IPracticeTaskGrain
{
    private PracticeTaskState S => state.State;

    private string CommunityId => this.Key().CommunityId;
    private string GroupId => this.Key().OwnId;
    private string TaskId => this.Key().Part;

    async Task<PracticeTaskView> IPracticeTaskGrain.Add(Actor actor, AddPracticeTask task)
    {
        actor.RequireIn(CommunityId);
        var title = PracticeRules.Title(task.Title);
        var description = PracticeRules.Description(task.Description);
        var group = await Group();
        if (actor.MemberId != group.MentorId && !actor.IsAtLeast(Role.Moderator))
        {
            throw DomainException.Forbidden("Only the group's mentor or a moderator can add a practice task.");
        }

        if (S.Created)
        {
            if (S.Title != title || S.Description != description || S.DueAt != task.DueAt)
            {
                throw DomainException.Conflict($"Practice task '{TaskId}' already exists with other content.");
            }
        }
        else
        {
            var now = time.GetUtcNow();
            if (task.DueAt is { } due && due <= now)
            {
                throw DomainException.BadInput("dueAt: must be in the future.");
            }

            S.Created = true;
            S.Title = title;
            S.Description = description;
            S.DueAt = task.DueAt;
            S.CreatedAt = now;
            await state.WriteStateAsync();
        }

        // Sent again on a retry: the list is a set.
        await GrainFactory.Reference<IStudyGroupTasksGrain>(GrainKeys.Of(CommunityId, GroupId)).Add(TaskId);
        return View();
    }

    async Task<TaskSubmissionView> IPracticeTaskGrain.Submit(Actor actor, string body)
    {
        actor.RequireIn(CommunityId);
        var validBody = PracticeRules.SubmissionBody(body);
        RequireCreated();
        var group = await Group();
        if (!group.MemberIds.Contains(actor.MemberId))
        {
            throw DomainException.Forbidden($"Only members of study group '{GroupId}' can submit a practice task.");
        }

        var submission = S.Submissions.Find(s => s.MemberId == actor.MemberId);
        if (submission is null)
        {
            if (S.Submissions.Count >= PracticeRules.MaxSubmissionsPerTask)
            {
                throw DomainException.Conflict($"Practice task '{TaskId}' has {PracticeRules.MaxSubmissionsPerTask} submissions, its most.");
            }

            submission = new StoredSubmission { MemberId = actor.MemberId };
            S.Submissions.Add(submission);
        }
        else if (submission.Approved == true)
        {
            return submission.Body == validBody
                ? View(submission)
                : throw DomainException.Conflict("body: the submission is approved and can no longer be replaced.");
        }
        else if (submission.Approved is null && submission.Body == validBody)
        {
            return View(submission);
        }

        submission.Body = validBody;
        submission.SubmittedAt = time.GetUtcNow();
        submission.Approved = null;
        submission.VerdictComment = null;
        await state.WriteStateAsync();
        return View(submission);
    }

    async Task<TaskSubmissionView> IPracticeTaskGrain.Review(Actor actor, string memberId, bool approved, string? comment)
    {
        actor.RequireIn(CommunityId);
        var validComment = PracticeRules.Comment(comment);
        RequireCreated();
        var submission = S.Submissions.Find(s => s.MemberId == memberId)
            ?? throw DomainException.NotFound($"Submission '{PracticeSubmissionId.Of(TaskId, memberId)}' does not exist.");
        if (actor.MemberId == memberId)
        {
            throw DomainException.Forbidden("submissionId: a member cannot review their own submission.");
        }

        var group = await Group();
        if (actor.MemberId == group.MentorId || actor.IsAtLeast(Role.Moderator))
        {
            await Judge(submission, approved, validComment, group.Name);
        }
        else if (group.MemberIds.Contains(actor.MemberId))
        {
            await AddPeerReview(submission, new PeerReviewView(actor.MemberId, PracticeRules.PeerRating(approved), validComment, time.GetUtcNow()));
        }
        else
        {
            throw DomainException.Forbidden("Only the group's mentor, a moderator or a peer in the group can review a submission.");
        }

        return View(submission);
    }

    Task<PracticeTaskView?> IPracticeTaskGrain.Get() => Task.FromResult(S.Created ? View() : null);

    private async Task Judge(StoredSubmission submission, bool approved, string? comment, string groupName)
    {
        if (submission.Approved is { } given)
        {
            if (given != approved)
            {
                throw DomainException.Conflict(given
                    ? "approved: the submission is approved already."
                    : "approved: the submission was returned; the member submits it again before a new verdict.");
            }
        }
        else
        {
            submission.Approved = approved;
            submission.VerdictComment = comment;
            await state.WriteStateAsync();
        }

        if (approved)
        {
            await GrainFactory.Reference<IStudyCertificatesGrain>(GrainKeys.Of(CommunityId, GroupId, submission.MemberId))
                .Approved(PracticeSubmissionId.Of(TaskId, submission.MemberId), groupName);
        }
    }

    private async Task AddPeerReview(StoredSubmission submission, PeerReviewView review)
    {
        var previous = submission.Reviews.FindIndex(r => r.ReviewerId == review.ReviewerId);
        if (previous >= 0)
        {
            var earlier = submission.Reviews[previous];
            if (earlier.Rating == review.Rating && earlier.Comment == review.Comment)
            {
                return;
            }

            submission.Reviews[previous] = review;
        }
        else if (submission.Reviews.Count >= PracticeRules.MaxReviewsPerSubmission)
        {
            throw DomainException.Conflict($"The submission has {PracticeRules.MaxReviewsPerSubmission} peer reviews, its most.");
        }
        else
        {
            submission.Reviews.Add(review);
        }

        await state.WriteStateAsync();
    }

    private async Task<StudyGroupView> Group() =>
        await GrainFactory.Reference<IStudyGroupGrain>(GrainKeys.Of(CommunityId, GroupId)).Get()
        ?? throw DomainException.NotFound($"Study group '{GroupId}' does not exist.");

    private void RequireCreated()
    {
        if (!S.Created)
        {
            throw DomainException.NotFound($"Practice task '{TaskId}' does not exist in study group '{GroupId}'.");
        }
    }

    private PracticeTaskView View() => new()
    {
        Id = TaskId,
        GroupId = GroupId,
        Title = S.Title,
        Description = S.Description,
        DueAt = S.DueAt,
        CreatedAt = S.CreatedAt,
        Submissions = S.Submissions.Select(View).ToList(),
    };

    private TaskSubmissionView View(StoredSubmission submission) => new()
    {
        Id = PracticeSubmissionId.Of(TaskId, submission.MemberId),
        MemberId = submission.MemberId,
        Body = submission.Body,
        SubmittedAt = submission.SubmittedAt,
        Approved = submission.Approved,
        VerdictComment = submission.VerdictComment,
        Reviews = submission.Reviews.ToList(),
    };
}
