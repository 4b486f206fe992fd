using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Surveys;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Members;
using CommunityGrains.Domain.Surveys;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Grains.Surveys;

/// <summary>
/// One survey. Reentrant with group commit, as the proposal ballot box: concurrent answers are applied in memory and
/// written together. A write carries the tallies and the journal of recent respondents, so counting an answer and
/// remembering who gave it are one write; the journal moves to respondent shards in batches, so no write grows with
/// the responses. Answers themselves are never stored with the member: only tallies, and free texts in pages by slot.
/// </summary>
[Reentrant]
public sealed class SurveyGrain : Grain, ISurveyGrain
{
    private const int JournalMove = 200;
    private const string TextCursorKind = "survey-text";

    private readonly IPersistentState<SurveyState> _state;
    private readonly TimeProvider _time;
    private readonly ILogger<SurveyGrain> _logger;
    private readonly GroupCommit _commit;

    /// <summary>Everyone who answered through this activation, so a second answer racing the first is refused.</summary>
    private readonly HashSet<string> _answered = [];

    private Task? _moving;

    public SurveyGrain(
        [PersistentState("survey", StorageNames.Default)] IPersistentState<SurveyState> state,
        TimeProvider time,
        ILogger<SurveyGrain> logger)
    {
        _state = state;
        _time = time;
        _logger = logger;
        _commit = new GroupCommit(Write);
    }

    private SurveyState S => _state.State;
    private string CommunityId => this.Key().CommunityId;
    private string SurveyId => this.Key().OwnId;

    async Task<SurveyView> ISurveyGrain.Create(Actor actor, CreateSurvey create)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        if (S.Exists)
        {
            if (S.CreatedBy != actor.MemberId)
            {
                throw DomainException.Conflict($"input.id: survey '{SurveyId}' already exists.");
            }

            await CompleteEffects();
            return View();
        }

        var title = InputLimits.Title(create.Title, "input.title");
        var questions = SurveyRules.Questions(create.Kind, create.Questions?.Select(q => q.Spec()).ToList());
        var now = _time.GetUtcNow();
        if (create.ClosesAt is { } closesAt && closesAt <= now)
        {
            throw DomainException.BadInput("input.closesAt: must be in the future.");
        }

        var audience = await Audience(actor, create.Audience);
        await Index(audience).Upsert(new SurveyIndexEntry { SurveyId = SurveyId, Audience = audience, Status = SurveyStatus.Open, ClosesAt = create.ClosesAt, CreatedAt = now });
        S.Exists = true;
        S.CreatedBy = actor.MemberId;
        S.Kind = create.Kind;
        S.Title = title;
        S.Questions = questions.Select(SurveyQuestionView.Of).ToList();
        S.ClosesAt = create.ClosesAt;
        S.Audience = audience;
        S.CreatedAt = now;
        S.Tallies = questions.Select(q => new StoredTally { Buckets = new int[QuestionTally.BucketCount(q.Kind, q.Options.Count)].ToList() }).ToList();
        S.IndexPending = true;
        SurveyOpened();
        await _commit.WriteAsync();
        await CompleteEffects();
        return View();
    }

    async Task<SurveyView> ISurveyGrain.Close(Actor actor)
    {
        RequireExisting(actor);
        actor.Require(Role.Moderator);
        if (Status == SurveyStatus.Closed)
        {
            throw DomainException.BadInput("surveyId: the survey is already CLOSED.");
        }

        S.Closed = true;
        S.IndexPending = true;
        await _commit.WriteAsync();
        await CompleteEffects();
        return View();
    }

    async Task<SurveyView> ISurveyGrain.Answer(Actor actor, IReadOnlyList<SurveyAnswer> answers)
    {
        RequireExisting(actor);
        if (Status == SurveyStatus.Closed)
        {
            throw DomainException.BadInput("input.surveyId: the survey is CLOSED; answers are taken while it is OPEN.");
        }

        await RequireAudience(actor);
        var specs = S.Questions.Select(q => q.Spec()).ToList();
        var valid = SurveyRules.Answers(specs, answers.Select(a => new SurveyAnswerSpec(a.QuestionId, a.Score, a.Choices, a.Text)).ToList());
        var memberId = actor.MemberId;
        RequireFirstAnswer(memberId);
        if (await Respondents(memberId).Has(memberId))
        {
            throw AlreadyAnswered();
        }

        RequireFirstAnswer(memberId);
        _answered.Add(memberId);
        try
        {
            // Texts go to their slots first: a slot taken by an answer that then fails stays empty, never wrong.
            var now = _time.GetUtcNow();
            await Task.WhenAll(valid.Where(a => a.Text is not null).Select(a =>
            {
                var slot = S.TextSlots[a.QuestionId] = S.TextSlots.GetValueOrDefault(a.QuestionId) + 1;
                return TextPage(a.QuestionId, (slot - 1) / SurveyStorage.TextPageSize).Put(slot - 1, new SurveyText { Text = a.Text!, AnsweredAt = now });
            }));
        }
        catch
        {
            _answered.Remove(memberId);
            throw;
        }

        foreach (var answer in valid)
        {
            var index = specs.FindIndex(q => q.Id == answer.QuestionId);
            var stored = S.Tallies[index];
            var tally = new QuestionTally(stored.Answers, [.. stored.Buckets]);
            tally.Add(specs[index].Kind, answer);
            S.Tallies[index] = new StoredTally { Answers = tally.Answers, Buckets = [.. tally.Buckets] };
        }

        S.Responses++;
        S.Journal[memberId] = false;

        // Lets the answers already queued at this activation apply themselves and join the coming write.
        await Task.Yield();
        await _commit.WriteAsync();

        // Once per member and survey whatever the retries: the member grain applies a key once.
        await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId))
            .Award(new PointAward($"survey:{SurveyId}", PointAction.SurveyAnswered, SystemText.Of(SystemTextKind.AnsweredSurvey, S.Title)));
        if (S.Journal.ContainsKey(memberId))
        {
            // Stored with a later write; until then a reactivation finds the award unconfirmed and only keeps the entry.
            S.Journal[memberId] = true;
        }

        return View();
    }

    async Task<SurveyView?> ISurveyGrain.Get(Actor actor)
    {
        if (!S.Exists || !actor.IsIn(CommunityId))
        {
            return null;
        }

        return actor.IsAtLeast(Role.Moderator) || await InAudience(actor) ? View() : null;
    }

    async Task<bool> ISurveyGrain.AnsweredBy(Actor actor)
    {
        if (!S.Exists || !actor.IsIn(CommunityId))
        {
            return false;
        }

        return _answered.Contains(actor.MemberId) || S.Journal.ContainsKey(actor.MemberId) || await Respondents(actor.MemberId).Has(actor.MemberId);
    }

    Task<IReadOnlyList<SurveyQuestionResultView>> ISurveyGrain.Results(Actor actor)
    {
        RequireExisting(actor);
        actor.Require(Role.Moderator);
        return Task.FromResult<IReadOnlyList<SurveyQuestionResultView>>(S.Questions.Select((q, i) => Result(q, S.Tallies[i])).ToList());
    }

    async Task<Page<string>> ISurveyGrain.TextAnswers(Actor actor, string questionId, int first, string? after)
    {
        RequireExisting(actor);
        actor.Require(Role.Moderator);
        var size = InputLimits.PageSize(first);
        if (S.Questions.FirstOrDefault(q => q.Id == questionId) is not { Kind: SurveyQuestionKind.Text })
        {
            throw DomainException.BadInput($"questionId: '{questionId}' is not a TEXT question of this survey.");
        }

        var slots = S.TextSlots.GetValueOrDefault(questionId);
        var below = after is null ? slots : (int)Math.Clamp(Cursor.DecodeNumber(TextCursorKind, after), 0, slots);
        var items = new List<PageItem<string>>();
        for (var page = (below - 1) / SurveyStorage.TextPageSize; page >= 0 && below > 0 && items.Count <= size; page--)
        {
            var texts = await TextPage(questionId, page).Texts();
            foreach (var (slot, text) in texts.Where(t => t.Key < below).OrderByDescending(t => t.Key))
            {
                items.Add(new PageItem<string>(Cursor.Encode(TextCursorKind, slot), text.Text));
            }
        }

        var count = S.Tallies[S.Questions.FindIndex(q => q.Id == questionId)].Answers;
        return new Page<string>(items.Take(size).ToList(), items.Count > size, count);
    }

    Task<double?> ISurveyGrain.Nps()
    {
        var index = S.Questions.FindIndex(q => q.Kind == SurveyQuestionKind.Nps);
        return Task.FromResult(index < 0 ? null : NpsScore.Of(S.Tallies[index].Buckets).Nps);
    }

    private SurveyStatus Status => S.Closed || (S.ClosesAt is { } closesAt && _time.GetUtcNow() >= closesAt) ? SurveyStatus.Closed : SurveyStatus.Open;

    private static SurveyQuestionResultView Result(SurveyQuestionView question, StoredTally stored)
    {
        var tally = new QuestionTally(stored.Answers, [.. stored.Buckets]);
        var nps = question.Kind == SurveyQuestionKind.Nps ? NpsScore.Of(tally.Buckets) : null;
        return new SurveyQuestionResultView
        {
            Question = question,
            Answers = tally.Answers,
            Nps = nps?.Nps,
            Promoters = nps?.Promoters,
            Passives = nps?.Passives,
            Detractors = nps?.Detractors,
            Mean = tally.Mean(question.Kind),
            OptionCounts = question.Kind is SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice ? tally.Buckets : null,
            TextAnswers = question.Kind == SurveyQuestionKind.Text ? tally.Answers : null,
        };
    }

    private async Task<SurveyAudience> Audience(Actor actor, SurveyAudience audience)
    {
        if (audience.EventId is { } eventId)
        {
            var id = InputLimits.Id(eventId, "input.eventId");
            if (audience.Phase is null)
            {
                throw DomainException.BadInput("input.phase: is required for an event's survey (BEFORE or AFTER).");
            }

            _ = await Event(id).Get(actor) ?? throw DomainException.NotFound($"input.eventId: event '{id}' does not exist.");
            return audience with { EventId = id };
        }

        if (audience.Phase is not null)
        {
            throw DomainException.BadInput("input.phase: is only for an event's survey; give input.eventId too.");
        }

        if (audience.MemberId is { } memberId)
        {
            _ = await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId)).Get()
                ?? throw DomainException.NotFound($"memberId: '{memberId}' is not a member of this community.");
        }

        return audience;
    }

    private async Task<bool> InAudience(Actor actor)
    {
        if (S.Audience.MemberId is { } memberId)
        {
            return memberId == actor.MemberId;
        }

        if (S.Audience.EventId is { } eventId)
        {
            var registration = await GrainFactory.Reference<IEventRegistrationGrain>(GrainKeys.Of(CommunityId, eventId, actor.MemberId)).Get();
            return registration is { Status: not RegistrationStatus.Cancelled };
        }

        return await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, actor.MemberId)).Get() is not null;
    }

    private async Task RequireAudience(Actor actor)
    {
        if (!await InAudience(actor))
        {
            throw DomainException.Forbidden(S.Audience switch
            {
                { MemberId: not null } => "This survey is for another member.",
                { EventId: not null } => "This survey is for the members registered for its event.",
                _ => "Join the community to answer its surveys.",
            });
        }
    }

    private void RequireFirstAnswer(string memberId)
    {
        if (_answered.Contains(memberId) || S.Journal.ContainsKey(memberId))
        {
            throw AlreadyAnswered();
        }
    }

    private static DomainException AlreadyAnswered() => DomainException.Conflict("input.surveyId: you have already answered this survey.");

    /// <summary>
    /// The one place where a survey has just been opened for its audience: the invitation is stored with the survey and
    /// sent with its effects, keyed by the survey so a retried creation invites no one twice.
    /// </summary>
    private void SurveyOpened()
    {
        _logger.LogInformation("Survey {SurveyId} opened for {Audience}.", SurveyId, S.Audience.EventId is not null ? "an event" : S.Audience.MemberId is not null ? "one member" : "the community");
        S.Announcements.Add(SurveyAnnouncements.Opened(SurveyId, S.Title, S.Audience, S.CreatedBy));
    }

    private async Task Write()
    {
        // Only confirmed entries are moved, and only what this write makes durable, so a shard never holds a respondent the survey could lose.
        var move = _moving is null or { IsCompleted: true } && S.Journal.Count >= JournalMove
            ? S.Journal.Where(e => e.Value).Select(e => e.Key).ToList()
            : null;

        // A failed write leaves the call failed, and StorageFaultCallFilter deactivates the grain.
        await _state.WriteStateAsync();
        if (move is { Count: > 0 })
        {
            _moving = Move(move);
        }
    }

    /// <summary>Stores a batch in the shards, then forgets it; forgetting is written with a later answer.</summary>
    private async Task Move(List<string> batch)
    {
        await Task.WhenAll(batch.GroupBy(SurveyStorage.ShardOf).Select(part =>
            GrainFactory.Reference<ISurveyRespondentsGrain>(SurveyStorage.RespondentsKey(CommunityId, SurveyId, part.Key)).Store(part.ToList())));
        foreach (var memberId in batch)
        {
            S.Journal.Remove(memberId);
        }
    }

    private async Task CompleteEffects()
    {
        if (S.IndexPending)
        {
            await Index(S.Audience).Upsert(new SurveyIndexEntry { SurveyId = SurveyId, Audience = S.Audience, Status = S.Closed ? SurveyStatus.Closed : SurveyStatus.Open, ClosesAt = S.ClosesAt, CreatedAt = S.CreatedAt });
            S.IndexPending = false;
            await _commit.WriteAsync();
        }

        // Reentrant: concurrent calls may send the same announcement, which its receiver ignores; each removes only its own.
        foreach (var announcement in S.Announcements.ToList())
        {
            await Announcer.Send(GrainFactory, CommunityId, announcement);
            S.Announcements.Remove(announcement);
        }
    }

    private SurveyView View() => new()
    {
        Id = SurveyId,
        Kind = S.Kind,
        Title = S.Title,
        Status = Status,
        Audience = S.Audience,
        Questions = S.Questions,
        Responses = S.Responses,
    };

    private void RequireExisting(Actor actor)
    {
        actor.RequireIn(CommunityId);
        if (!S.Exists)
        {
            throw DomainException.NotFound($"Survey '{SurveyId}' does not exist.");
        }
    }

    private ISurveyIndexGrain Index(SurveyAudience audience) => GrainFactory.Reference<ISurveyIndexGrain>(ISurveyIndexGrain.KeyFor(CommunityId, audience));

    private IEventGrain Event(string eventId) => GrainFactory.Reference<IEventGrain>(GrainKeys.Of(CommunityId, eventId));

    private ISurveyRespondentsGrain Respondents(string memberId) =>
        GrainFactory.Reference<ISurveyRespondentsGrain>(SurveyStorage.RespondentsKey(CommunityId, SurveyId, SurveyStorage.ShardOf(memberId)));

    private ISurveyTextPageGrain TextPage(string questionId, int page) =>
        GrainFactory.Reference<ISurveyTextPageGrain>(SurveyStorage.TextPageKey(CommunityId, SurveyId, questionId, page));
}
