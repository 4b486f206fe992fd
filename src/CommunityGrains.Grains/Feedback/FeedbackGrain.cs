using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Feedback;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;
using CommunityGrains.Grains.Notifications;

namespace CommunityGrains.Grains.Feedback;

/// <summary>
/// One feedback item. Every change is written together with "effects pending" before the index, the author's
/// points and their CO_CREATOR score are told, so a retried or later command completes whatever a crash left out.
/// </summary>
public sealed class FeedbackGrain(
    [PersistentState("feedback", StorageNames.Default)] IPersistentState<FeedbackState> state,
    TimeProvider time,
    CommunityViews communities) : Grain, IFeedbackGrain
{
    private FeedbackState S => state.State;
    private string CommunityId => this.Key().CommunityId;
    private string FeedbackId => this.Key().OwnId;

    async Task<FeedbackView> IFeedbackGrain.Submit(Actor actor, SubmitFeedback submit)
    {
        actor.RequireIn(CommunityId);
        var body = InputLimits.Body(submit.Body, "input.body");
        if (S.Exists)
        {
            // The same client id from the same member is a retry; the message names no author, anonymous or not.
            if (S.AuthorId != actor.MemberId)
            {
                throw DomainException.Conflict($"Feedback '{FeedbackId}' already exists.");
            }

            await CompleteEffects();
            return View();
        }

        await Member(actor.MemberId).GetJoined();
        var eventId = submit.EventId is null ? null : await AtEvent(actor, submit.EventId);
        var community = await communities.Existing(CommunityId);
        var now = time.GetUtcNow();
        S.Exists = true;
        S.AuthorId = actor.MemberId;
        S.Anonymous = submit.Anonymous;
        S.Channel = submit.Channel;
        S.Body = body;
        S.SuggestedCategory = FeedbackClassifier.Default.Classify(body);
        S.Status = FeedbackStatus.New;
        S.CreatedAt = now;
        S.DueAt = FeedbackWorkflow.DueAt(now, community.FeedbackTargetDays);
        S.EventId = eventId;
        S.Announcements.Add(FeedbackAnnouncements.Submitted(FeedbackId, now));
        await Commit();
        return View();
    }

    async Task<FeedbackView> IFeedbackGrain.Triage(Actor actor, TriageFeedback triage)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        await RequireExisting();
        var status = FeedbackWorkflow.Triage(S.Status);
        var assignee = triage.AssigneeId is null ? null : InputLimits.Id(triage.AssigneeId, "input.assigneeId");
        if (assignee is not null && await Member(assignee).Get() is null)
        {
            throw DomainException.BadInput($"input.assigneeId: '{assignee}' is not a member of this community.");
        }

        S.Status = status;
        S.Category = triage.Category;
        S.Priority = triage.Priority;
        S.AssigneeId = assignee;
        S.Announcements.AddRange(FeedbackAnnouncements.Triaged(FeedbackId, assignee, S.Status, time.GetUtcNow()));
        await Commit();
        return View();
    }

    async Task<FeedbackView> IFeedbackGrain.Reply(Actor actor, string reply)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        RequireModeratorOrAssignee(actor);
        var text = InputLimits.Body(reply, "input.reply");
        S.Status = FeedbackWorkflow.Reply(S.Status);
        S.Reply = text;
        S.Announcements.AddRange(FeedbackAnnouncements.Replied(FeedbackId, S.AuthorId, text, S.Status, time.GetUtcNow()));
        await Commit();
        return View();
    }

    async Task<FeedbackView> IFeedbackGrain.Resolve(Actor actor, string resolution, bool isPublic)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        RequireModeratorOrAssignee(actor);
        var text = InputLimits.Body(resolution, "input.resolution");
        S.Status = FeedbackWorkflow.Resolve(S.Status);
        S.Resolution = text;
        S.ResolvedAt = time.GetUtcNow();
        S.Public = isPublic;
        S.Announcements.AddRange(FeedbackAnnouncements.Resolved(FeedbackId, S.AuthorId, S.Status, S.ResolvedAt.Value));
        await Commit();
        return View();
    }

    async Task<FeedbackView> IFeedbackGrain.Close(Actor actor, string? reason)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        await RequireExisting();
        var text = InputLimits.Note(reason, "reason");
        S.Status = FeedbackWorkflow.Close(S.Status);
        S.CloseReason = string.IsNullOrEmpty(text) ? null : text;
        S.Announcements.Add(FeedbackAnnouncements.StatusChanged(FeedbackId, S.Status, time.GetUtcNow()));
        await Commit();
        return View();
    }

    Task<FeedbackView?> IFeedbackGrain.Get(Actor actor) =>
        Task.FromResult(S.Exists && actor.IsIn(CommunityId) && MaySee(actor) ? View() : null);

    /// <summary>Anonymous items are never "their own" to the author: nothing shown may tie them to the member.</summary>
    private bool MaySee(Actor actor) =>
        actor.IsAtLeast(Role.Moderator)
        || (!S.Anonymous && S.AuthorId == actor.MemberId)
        || S.AssigneeId == actor.MemberId
        || (S.Status == FeedbackStatus.Resolved && S.Public);

    private async Task Commit()
    {
        S.Version++;
        S.EffectsPending = true;

        // If this write fails, StorageFaultCallFilter deactivates the grain so no call acts on the unstored change.
        await state.WriteStateAsync();
        await CompleteEffects();
    }

    /// <summary>Every receiver ignores what it already has, so sending again after a crash is harmless.</summary>
    private async Task CompleteEffects()
    {
        if (!S.EffectsPending)
        {
            return;
        }

        await GrainFactory.Reference<IFeedbackIndexGrain>(GrainKeys.Of(CommunityId, FeedbackMonths.Of(S.CreatedAt))).Upsert(Summary());
        if (S.EventId is { } eventId)
        {
            await GrainFactory.Reference<IEventFeedbackGrain>(GrainKeys.Of(CommunityId, eventId)).Upsert(new EventFeedbackEntry
            {
                FeedbackId = FeedbackId,
                AuthorId = S.AuthorId,
                Status = S.Status,
                SuggestedCategory = S.SuggestedCategory,
                Category = S.Category,
                CreatedAt = S.CreatedAt,
                DueAt = S.DueAt,
                ResolvedAt = S.ResolvedAt,
                Version = S.Version,
            });
        }

        if (!S.Awarded)
        {
            // The reason names no item: a member's points history is readable by others and must not unmask anonymous feedback.
            await Member(S.AuthorId).Award(new PointAward($"feedback:{FeedbackId}", PointAction.FeedbackSubmitted, "Feedback submitted"));
            S.Awarded = true;
        }

        if (S is { Status: FeedbackStatus.Resolved, ResolvedAt: { } resolvedAt })
        {
            if (S.Public)
            {
                await GrainFactory.Reference<IFeedbackBoardGrain>(GrainKeys.Of(CommunityId, FeedbackMonths.Of(resolvedAt)))
                    .Add(new FeedbackListed(FeedbackId, resolvedAt));
            }

            if (!S.Scored)
            {
                await Member(S.AuthorId).AddMonthlyScore(new ScoreEvent($"cocreator:feedback:{FeedbackId}", StarCategory.CoCreator, 1, resolvedAt));
                S.Scored = true;
            }
        }

        await Announcer.Send(GrainFactory, CommunityId, S.Announcements);
        S.EffectsPending = false;
        await state.WriteStateAsync();
    }

    private FeedbackSummary Summary() => new()
    {
        Id = FeedbackId,
        Status = S.Status,
        Category = S.Category ?? S.SuggestedCategory,
        CreatedAt = S.CreatedAt,
        DueAt = S.DueAt,
        ResolvedAt = S.ResolvedAt,
        Public = S.Public,
        AuthorId = S.Anonymous ? null : S.AuthorId,
        Version = S.Version,
    };

    private FeedbackView View() => new()
    {
        Id = FeedbackId,
        Channel = S.Channel,
        Body = S.Body,
        AuthorId = S.Anonymous ? null : S.AuthorId,
        SuggestedCategory = S.SuggestedCategory,
        Category = S.Category,
        Priority = S.Priority,
        AssigneeId = S.AssigneeId,
        Status = S.Status,
        CreatedAt = S.CreatedAt,
        DueAt = S.DueAt,
        Overdue = FeedbackWorkflow.IsOverdue(S.Status, S.DueAt, time.GetUtcNow()),
        Reply = S.Reply,
        Resolution = S.Resolution,
        ResolvedAt = S.ResolvedAt,
        Public = S.Public,
        CloseReason = S.CloseReason,
        EventId = S.EventId,
    };

    /// <summary>An event the member can see that still takes feedback (not a draft, not cancelled).</summary>
    private async Task<string> AtEvent(Actor actor, string eventId)
    {
        var id = InputLimits.Id(eventId, "input.eventId");
        var view = await GrainFactory.Reference<IEventGrain>(GrainKeys.Of(CommunityId, id)).Get(actor);
        if (view is null || view.Status is EventStatus.Draft)
        {
            throw DomainException.NotFound($"input.eventId: event '{id}' does not exist.");
        }

        if (view.Status is EventStatus.Cancelled)
        {
            throw DomainException.BadInput($"input.eventId: the event is CANCELLED; it takes no feedback.");
        }

        return id;
    }

    private IMemberGrain Member(string memberId) => GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId));

    private async Task RequireExisting()
    {
        if (!S.Exists)
        {
            throw DomainException.NotFound($"Feedback '{FeedbackId}' does not exist.");
        }

        await CompleteEffects();
    }

    private void RequireModeratorOrAssignee(Actor actor)
    {
        if (!actor.IsAtLeast(Role.Moderator) && S.AssigneeId != actor.MemberId)
        {
            throw DomainException.Forbidden("Only a moderator or the assignee can work on this feedback.");
        }
    }
}
