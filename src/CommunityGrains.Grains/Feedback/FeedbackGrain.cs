using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Contracts.Surveys;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Feedback;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Domain.Surveys;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;
using CommunityGrains.Grains.Notifications;
using CommunityGrains.Grains.Trends;

namespace CommunityGrains.Grains.Feedback;

/// <summary>
/// One feedback item. Every change is written together with "effects pending" before the index, the queue, the
/// author's points and their CO_CREATOR score are told, so a retried or later command completes whatever a crash left out.
/// Its deadlines live in its state: AT_RISK and OVERDUE are derived on every access, which also tells the assignee and
/// the moderators who worked on it (once each, by key); a timer only makes that happen sooner while it is active.
/// </summary>
public sealed class FeedbackGrain(
    [PersistentState("feedback", StorageNames.Default)] IPersistentState<FeedbackState> state,
    TimeProvider time,
    CommunityViews communities) : Grain, IFeedbackGrain
{
    /// <summary>Replies, notes and status changes an item keeps; a conversation longer than this belongs in its thread.</summary>
    public const int MaxHistory = 500;

    /// <summary>Distinct reporters an item counts ("me too"s and merged duplicates).</summary>
    public const int MaxReporters = 10_000;

    /// <summary>A phone number or an address, not a letter.</summary>
    public const int MaxContactLength = 200;

    private FeedbackRisk _told = FeedbackRisk.OnTrack;
    private double _atRiskShare = FeedbackDeadlines.DefaultAtRiskShare;
    private IGrainTimer? _riskTimer;

    private FeedbackState S => state.State;
    private string CommunityId => this.Key().CommunityId;
    private string FeedbackId => this.Key().OwnId;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists)
        {
            await ScheduleRiskCheck();
        }
    }

    async Task<FeedbackView> IFeedbackGrain.Submit(Actor actor, SubmitFeedback submit)
    {
        actor.RequireIn(CommunityId);
        var body = InputLimits.Body(submit.Body, "input.body");
        var contact = submit.Contact is null ? null : InputLimits.Text(submit.Contact, "input.contact", 1, MaxContactLength);
        if (S.Exists)
        {
            // The same client id from the same caller is a retry; the message names no author, anonymous or not.
            if (S.SubmittedBy != actor.MemberId)
            {
                throw DomainException.Conflict($"Feedback '{FeedbackId}' already exists.");
            }

            await CompleteEffects();
            return View(actor);
        }

        var author = await AuthorOf(actor, submit);
        var eventId = submit.EventId is null ? null : await AtEvent(actor, submit.EventId);
        var community = await communities.Existing(CommunityId);
        var now = time.GetUtcNow();
        S.Exists = true;
        S.SubmittedBy = actor.MemberId;
        S.AuthorId = author;
        S.EnteredById = submit.OnBehalfOf is null && !submit.ForNobody ? null : actor.MemberId;
        S.Anonymous = submit.Anonymous;
        S.Channel = submit.Channel;
        S.Kind = submit.Kind;
        S.Contact = contact;
        S.Body = body;
        S.SuggestedCategory = FeedbackClassifier.Default.Classify(body);
        S.Status = FeedbackStatus.New;
        S.CreatedAt = now;
        S.DueAt = FeedbackWorkflow.DueAt(now, community.FeedbackTargetDays);
        S.EventId = eventId;
        if (author.Length > 0)
        {
            S.ReporterIds.Add(author);
        }

        S.Announcements.Add(FeedbackAnnouncements.Submitted(FeedbackId, now));
        await Commit();
        return View(actor);
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

        var community = await communities.Existing(CommunityId);
        var dueAt = triage.DueAt is { } set
            ? FeedbackDeadlines.ValidDueAt(set, S.CreatedAt, "input.dueAt")
            : FeedbackWorkflow.DueAt(S.CreatedAt, FeedbackDeadlines.TargetDays(triage.Priority, community.FeedbackDaysByPriority, community.FeedbackTargetDays));
        var now = time.GetUtcNow();
        RequireRoomInHistory();
        if (status != S.Status)
        {
            AddEntry(FeedbackEntryKind.Status, FeedbackWorkflow.NameOf(status), null, now);
        }

        S.Status = status;
        S.Category = triage.Category;
        S.Priority = triage.Priority;
        S.Kind = triage.Kind ?? S.Kind;
        S.AssigneeId = assignee;
        S.DueAt = dueAt;
        S.TriagedAt ??= now;
        S.FirstResponseAt ??= now;
        S.StaffIds.Add(actor.MemberId);
        S.Announcements.AddRange(FeedbackAnnouncements.Triaged(FeedbackId, assignee, S.Status, now));
        await Commit();
        return View(actor);
    }

    async Task<FeedbackView> IFeedbackGrain.Reply(Actor actor, string reply)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        RequireModeratorOrAssignee(actor);
        var text = InputLimits.Body(reply, "input.reply");
        var status = FeedbackWorkflow.Reply(S.Status);
        RequireRoomInHistory();
        var now = time.GetUtcNow();
        AddEntry(FeedbackEntryKind.Reply, text, actor.MemberId, now);
        if (status != S.Status)
        {
            AddEntry(FeedbackEntryKind.Status, FeedbackWorkflow.NameOf(status), null, now);
        }

        S.Status = status;
        S.Reply = text;
        S.FirstResponseAt ??= now;
        S.Announcements.AddRange(FeedbackAnnouncements.Replied(FeedbackId, S.AuthorId, text, S.Status, now));
        await Commit();
        return View(actor);
    }

    async Task<FeedbackView> IFeedbackGrain.AddNote(Actor actor, string text)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        RequireModeratorOrAssignee(actor);
        var note = InputLimits.Body(text, "text");
        RequireRoomInHistory();
        AddEntry(FeedbackEntryKind.Note, note, actor.MemberId, time.GetUtcNow());
        if (actor.IsAtLeast(Role.Moderator))
        {
            S.StaffIds.Add(actor.MemberId);
        }

        await Commit();
        return View(actor);
    }

    async Task<FeedbackView> IFeedbackGrain.Resolve(Actor actor, string resolution, bool isPublic)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        RequireModeratorOrAssignee(actor);
        var text = InputLimits.Body(resolution, "input.resolution");
        var status = FeedbackWorkflow.Resolve(S.Status);
        RequireRoomInHistory();
        var now = time.GetUtcNow();
        AddEntry(FeedbackEntryKind.Status, FeedbackWorkflow.NameOf(status), null, now);
        S.Status = status;
        S.Resolution = text;
        S.ResolvedAt = now;
        S.ResolvedBy = actor.MemberId;
        S.Public = isPublic;
        if (S.AuthorId.Length > 0)
        {
            S.FollowUpSurveyId = $"followup-{FeedbackId}";
        }

        S.Announcements.AddRange(FeedbackAnnouncements.ResolvedFor(FeedbackId, S.FollowerIds.Append(S.AuthorId).Where(m => m.Length > 0).Distinct()));
        S.Announcements.Add(FeedbackAnnouncements.StatusChanged(FeedbackId, S.Status, now));
        await Commit();
        return View(actor);
    }

    async Task<FeedbackView> IFeedbackGrain.Close(Actor actor, string? reason)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        await RequireExisting();
        var text = InputLimits.Note(reason, "reason");
        var status = FeedbackWorkflow.Close(S.Status);
        RequireRoomInHistory();
        var now = time.GetUtcNow();
        AddEntry(FeedbackEntryKind.Status, FeedbackWorkflow.NameOf(status), null, now);
        S.Status = status;
        S.CloseReason = string.IsNullOrEmpty(text) ? null : text;
        S.Announcements.Add(FeedbackAnnouncements.StatusChanged(FeedbackId, S.Status, now));
        await Commit();
        return View(actor);
    }

    async Task<FeedbackView> IFeedbackGrain.ReportSame(Actor actor)
    {
        actor.RequireIn(CommunityId);
        if (!S.Exists || !MaySee(actor))
        {
            throw DomainException.NotFound($"Feedback '{FeedbackId}' does not exist.");
        }

        await CompleteEffects();
        if (S.DuplicateOfId is { } original)
        {
            throw DomainException.Conflict($"feedbackId: this item was merged into '{original}'; report that one.");
        }

        // The author is a reporter already (kept even for anonymous items), and a second "me too" counts once.
        if (S.ReporterIds.Contains(actor.MemberId) || S.AuthorId == actor.MemberId)
        {
            return View(actor);
        }

        if (S.ReporterIds.Count >= MaxReporters)
        {
            throw DomainException.Conflict($"feedbackId: this item already counts {MaxReporters} reporters.");
        }

        S.ReporterIds.Add(actor.MemberId);
        await Commit();
        return View(actor);
    }

    async Task<FeedbackView> IFeedbackGrain.LinkProposal(Actor actor, string proposalId)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        await RequireExisting();
        var id = InputLimits.Id(proposalId, "proposalId");
        if (S.ProposalId == id)
        {
            return View(actor);
        }

        if (await GrainFactory.Reference<IProposalGrain>(GrainKeys.Of(CommunityId, id)).Get(actor) is null)
        {
            throw DomainException.NotFound($"proposalId: proposal '{id}' does not exist.");
        }

        if (S.ProposalId is { } linked)
        {
            throw DomainException.Conflict($"feedbackId: the item is already linked to proposal '{linked}'.");
        }

        // Stored on the proposal's side first: a full evidence list refuses the link before anything here changes.
        await GrainFactory.Reference<IProposalEvidenceGrain>(GrainKeys.Of(CommunityId, id)).Add(FeedbackId);
        S.ProposalId = id;
        await Commit();
        return View(actor);
    }

    async Task<FeedbackView> IFeedbackGrain.Merge(Actor actor, string duplicateId)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        await RequireExisting();
        var duplicate = InputLimits.Id(duplicateId, "duplicateId");
        if (duplicate == FeedbackId)
        {
            throw DomainException.BadInput("duplicateId: an item cannot be merged into itself.");
        }

        if (S.DuplicateOfId is { } original)
        {
            throw DomainException.Conflict($"feedbackId: this item was itself merged into '{original}'; merge into that one.");
        }

        if (S.Status == FeedbackStatus.Closed)
        {
            throw DomainException.Conflict("feedbackId: the item is CLOSED; merge into an item that carries on.");
        }

        var source = await GrainFactory.Reference<IFeedbackGrain>(GrainKeys.Of(CommunityId, duplicate)).MergeInto(actor, FeedbackId);
        if (!S.DuplicateIds.Contains(duplicate))
        {
            S.DuplicateIds.Add(duplicate);
        }

        S.ReporterIds.UnionWith(source.ReporterIds.Take(Math.Max(0, MaxReporters - S.ReporterIds.Count)));
        if (source.AuthorId is { } follower)
        {
            S.FollowerIds.Add(follower);
        }

        await Commit();
        return View(actor);
    }

    async Task<FeedbackMergeSource> IFeedbackGrain.MergeInto(Actor actor, string originalId)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        if (!S.Exists)
        {
            throw DomainException.NotFound($"duplicateId: feedback '{FeedbackId}' does not exist.");
        }

        await CompleteEffects();
        if (S.DuplicateOfId is { } merged && merged != originalId)
        {
            throw DomainException.Conflict($"duplicateId: the item was already merged into '{merged}'.");
        }

        if (S.DuplicateOfId is null)
        {
            if (!FeedbackWorkflow.IsOpen(S.Status))
            {
                throw DomainException.Conflict($"duplicateId: the item is {FeedbackWorkflow.NameOf(S.Status)}; only open items can be merged.");
            }

            if (S.DuplicateIds.Count > 0)
            {
                throw DomainException.Conflict("duplicateId: other items were merged into this one; merge the other way round.");
            }

            RequireRoomInHistory();
            var now = time.GetUtcNow();
            AddEntry(FeedbackEntryKind.Status, FeedbackWorkflow.NameOf(FeedbackStatus.Closed), null, now);
            S.Status = FeedbackStatus.Closed;
            S.DuplicateOfId = originalId;
            S.CloseReason = $"Merged into {originalId}.";
            S.Announcements.Add(FeedbackAnnouncements.StatusChanged(FeedbackId, S.Status, now));
            await Commit();
        }

        return new FeedbackMergeSource(S.ReporterIds.ToList(), S.AuthorId.Length > 0 ? S.AuthorId : null);
    }

    async Task<FeedbackView?> IFeedbackGrain.Get(Actor actor)
    {
        if (!S.Exists || !actor.IsIn(CommunityId) || !MaySee(actor))
        {
            return null;
        }

        await TellRisk();
        return View(actor);
    }

    /// <summary>Anonymous items are never "their own" to the author: nothing shown may tie them to the member.</summary>
    private bool MaySee(Actor actor) =>
        actor.IsAtLeast(Role.Moderator)
        || (!S.Anonymous && S.AuthorId == actor.MemberId)
        || S.AssigneeId == actor.MemberId
        || (S.Status == FeedbackStatus.Resolved && S.Public);

    private bool IsStaff(Actor actor) => actor.IsAtLeast(Role.Moderator) || (S.AssigneeId is not null && S.AssigneeId == actor.MemberId);

    /// <summary>The member the item belongs to: the caller, or for staff typing it in, the member named (or no one).</summary>
    private async Task<string> AuthorOf(Actor actor, SubmitFeedback submit)
    {
        if (submit.OnBehalfOf is null && !submit.ForNobody)
        {
            await Member(actor.MemberId).GetJoined();
            return actor.MemberId;
        }

        if (!actor.IsAtLeast(Role.Moderator))
        {
            throw DomainException.Forbidden("input.onBehalfOf: only a moderator can enter feedback on someone's behalf.");
        }

        if (submit.OnBehalfOf is null)
        {
            return submit.Anonymous ? "" : throw DomainException.BadInput("input.onBehalfOf: null names no one; an item for no one must be anonymous.");
        }

        var memberId = InputLimits.Id(submit.OnBehalfOf, "input.onBehalfOf");
        if (await Member(memberId).Get() is null)
        {
            throw DomainException.NotFound($"input.onBehalfOf: '{memberId}' is not a member of this community.");
        }

        return memberId;
    }

    private void AddEntry(FeedbackEntryKind kind, string text, string? byId, DateTimeOffset at) =>
        S.History.Add(new FeedbackEntryView(kind, text, byId, at));

    /// <summary>Checked before a change, so a full history refuses the change instead of storing half of it.</summary>
    private void RequireRoomInHistory()
    {
        if (S.History.Count + 2 > MaxHistory)
        {
            throw DomainException.Conflict($"feedbackId: the item's history is full ({MaxHistory} entries); continue in its discussion thread.");
        }
    }

    private async Task Commit()
    {
        S.Version++;
        S.EffectsPending = true;

        // If this write fails, StorageFaultCallFilter deactivates the grain so no call acts on the unstored change.
        await state.WriteStateAsync();
        await CompleteEffects();
        await ScheduleRiskCheck();
    }

    /// <summary>Every receiver ignores what it already has, so sending again after a crash is harmless.</summary>
    private async Task CompleteEffects()
    {
        if (!S.EffectsPending)
        {
            return;
        }

        var summary = Summary();
        await GrainFactory.Reference<IFeedbackIndexGrain>(GrainKeys.Of(CommunityId, FeedbackMonths.Of(S.CreatedAt))).Upsert(summary);
        await GrainFactory.Reference<IFeedbackQueueGrain>(FeedbackQueueShards.KeyOf(CommunityId, FeedbackId)).Upsert(summary);
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

        var community = await communities.Existing(CommunityId);
        if (!S.Awarded && S.AuthorId.Length > 0)
        {
            // The reason names no item; for an anonymous item the award waits for the end of its day (HeldAward).
            var award = new PointAward($"feedback:{FeedbackId}", PointAction.FeedbackSubmitted, SystemText.Of(SystemTextKind.FeedbackSubmitted));
            await (S.Anonymous ? Member(S.AuthorId).Hold(Held(community, S.CreatedAt, award, null)) : Member(S.AuthorId).Award(award));
            S.Awarded = true;
        }

        if (!S.AuthorListed && !S.Anonymous && S.AuthorId.Length > 0)
        {
            await GrainFactory.Reference<IMemberListGrain>(MemberLists.Key(CommunityId, S.AuthorId, MemberLists.Feedback)).Append(FeedbackId);
            S.AuthorListed = true;
        }

        if (S is { Status: FeedbackStatus.Resolved, ResolvedAt: { } resolvedAt })
        {
            // The day of the stored instant, not of the retry: a retry after midnight still counts on the day resolved.
            await TrendsGrain.Bucket(GrainFactory, CommunityId, CommunityCalendar.For(community.TimeZone).DateOf(resolvedAt), FeedbackId)
                .FeedbackResolved(FeedbackId);
            if (S.Public)
            {
                await GrainFactory.Reference<IFeedbackBoardGrain>(GrainKeys.Of(CommunityId, FeedbackMonths.Of(resolvedAt)))
                    .Add(new FeedbackListed(FeedbackId, resolvedAt));
            }

            if (!S.Scored && S.AuthorId.Length > 0)
            {
                var score = new ScoreEvent($"cocreator:feedback:{FeedbackId}", StarCategory.CoCreator, 1, resolvedAt);
                await (S.Anonymous ? Member(S.AuthorId).Hold(Held(community, resolvedAt, null, score)) : Member(S.AuthorId).AddMonthlyScore(score));
                S.Scored = true;
            }

            if (S is { FollowUpSurveyId: { } surveyId, FollowUpSent: false })
            {
                await SendFollowUp(surveyId);
                S.FollowUpSent = true;
            }
        }

        if (S.ProposalId is { } proposalId)
        {
            await GrainFactory.Reference<IProposalEvidenceGrain>(GrainKeys.Of(CommunityId, proposalId)).Add(FeedbackId);
        }

        await Announcer.Send(GrainFactory, CommunityId, S.Announcements);
        S.EffectsPending = false;
        await state.WriteStateAsync();
    }

    /// <summary>Held to the end of the community day of <paramref name="at"/> and stamped with its start: the ledger shows the day only.</summary>
    private static HeldAward Held(CommunityView community, DateTimeOffset at, PointAward? award, ScoreEvent? score)
    {
        var calendar = CommunityCalendar.For(community.TimeZone);
        var day = calendar.DateOf(at);
        return new HeldAward { Award = award, Score = score, StampAt = calendar.StartOf(day), ReleaseAt = calendar.StartOf(day.AddDays(1)) };
    }

    /// <summary>"Did this fix it?", one RATING question to the author; created in the resolver's name so a retry finds it.</summary>
    private Task SendFollowUp(string surveyId)
    {
        var creator = new Actor(CommunityId, S.ResolvedBy ?? S.SubmittedBy, Role.Moderator);
        return GrainFactory.Reference<ISurveyGrain>(GrainKeys.Of(CommunityId, surveyId)).Create(creator, new CreateSurvey
        {
            Kind = SurveyKind.Custom,
            Title = "Did this fix it?",
            Questions =
            [
                new SurveyQuestionView { Id = "1", Kind = SurveyQuestionKind.Rating, Text = "Did this fix it? (1 not at all, 5 completely)", Options = [], Required = true },
            ],
            Audience = new SurveyAudience { MemberId = S.AuthorId, FeedbackId = FeedbackId },
        });
    }

    /// <summary>Tells the assignee and the moderators who worked on it when the item turns AT_RISK or OVERDUE.</summary>
    private async Task TellRisk()
    {
        var community = await communities.Existing(CommunityId);
        _atRiskShare = community.FeedbackAtRiskShare;
        var risk = FeedbackDeadlines.Risk(S.Status, S.CreatedAt, S.DueAt, time.GetUtcNow(), _atRiskShare);
        if (risk is not (FeedbackRisk.AtRisk or FeedbackRisk.Overdue) || risk <= _told)
        {
            return;
        }

        var recipients = S.StaffIds.Append(S.AssigneeId).OfType<string>().Distinct();
        var announcements = FeedbackAnnouncements.Risk(FeedbackId, risk, recipients, time.GetUtcNow()).ToList();
        if (risk == FeedbackRisk.Overdue && _told < FeedbackRisk.AtRisk)
        {
            announcements.AddRange(FeedbackAnnouncements.Risk(FeedbackId, FeedbackRisk.AtRisk, recipients, time.GetUtcNow()));
        }

        // Keyed announcements: sent again after a deactivation, the inboxes and the webhook hub ignore them.
        await Announcer.Send(GrainFactory, CommunityId, announcements);
        _told = risk;
    }

    private async Task ScheduleRiskCheck()
    {
        _riskTimer?.Dispose();
        _riskTimer = null;
        await TellRisk();
        if (!FeedbackWorkflow.IsOpen(S.Status))
        {
            return;
        }

        var now = time.GetUtcNow();
        var atRisk = FeedbackDeadlines.AtRiskAt(S.CreatedAt, S.DueAt, _atRiskShare);
        var next = now < atRisk ? atRisk : S.DueAt.AddTicks(1);
        if (next <= now)
        {
            return;
        }

        _riskTimer = this.RegisterGrainTimer(ScheduleRiskCheck, next - now, Timeout.InfiniteTimeSpan);
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
        AuthorId = S.Anonymous || S.AuthorId.Length == 0 ? null : S.AuthorId,
        Version = S.Version,
        Channel = S.Channel,
        Kind = S.Kind,
        Priority = S.Priority,
        AssigneeId = S.AssigneeId,
        SuggestedCategory = S.SuggestedCategory,
        TriagedAt = S.TriagedAt,
        FirstResponseAt = S.FirstResponseAt,
        OpenText = FeedbackWorkflow.IsOpen(S.Status) ? FeedbackSimilarity.Normalise(S.Body) : null,
        Merged = S.DuplicateOfId is not null,
    };

    private FeedbackView View(Actor actor)
    {
        var staff = IsStaff(actor);
        return new()
        {
            Id = FeedbackId,
            Channel = S.Channel,
            Body = S.Body,
            AuthorId = S.Anonymous || S.AuthorId.Length == 0 ? null : S.AuthorId,
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
            Kind = S.Kind,
            Contact = staff ? S.Contact : null,
            EnteredById = actor.IsAtLeast(Role.Moderator) ? S.EnteredById : null,
            History = staff ? S.History : S.History.Where(e => e.Kind != FeedbackEntryKind.Note).ToList(),
            FirstResponseAt = S.FirstResponseAt,
            Risk = FeedbackDeadlines.Risk(S.Status, S.CreatedAt, S.DueAt, time.GetUtcNow(), _atRiskShare),
            DuplicateOfId = S.DuplicateOfId,
            DuplicateIds = S.DuplicateIds,
            Reporters = Math.Max(1, S.ReporterIds.Count),
            ProposalId = S.ProposalId,
            FollowUpSurveyId = S.FollowUpSent ? S.FollowUpSurveyId : null,
        };
    }

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
        if (!IsStaff(actor))
        {
            throw DomainException.Forbidden("Only a moderator or the assignee can work on this feedback.");
        }
    }
}
