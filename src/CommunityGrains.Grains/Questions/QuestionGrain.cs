using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Questions;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Questions;

/// <summary>
/// One question of an event's Q&amp;A. Every change is written with "effects pending" before the event's board, the
/// author's points and the <c>eventQuestions</c> stream are told, so a retry completes whatever a crash left out.
/// </summary>
public sealed class QuestionGrain(
    [PersistentState("question", StorageNames.Default)] IPersistentState<QuestionState> state,
    TimeProvider time) : Grain, IQuestionGrain
{
    private QuestionState S => state.State;
    private string CommunityId => this.Key().CommunityId;
    private string QuestionId => this.Key().Part;

    async Task<QuestionView> IQuestionGrain.Ask(Actor actor, AskQuestion ask)
    {
        actor.RequireIn(CommunityId);
        var body = InputLimits.Text(ask.Body, "input.body", 1, InputLimits.MaxNoteLength);
        if (S.Exists)
        {
            // Names no author: the same id from someone else says nothing about who asked it.
            if (S.AuthorId != actor.MemberId || S.EventId != ask.EventId)
            {
                throw DomainException.Conflict($"input.id: question '{QuestionId}' already exists.");
            }

            await CompleteEffects();
            return View();
        }

        var status = await Event(ask.EventId).Get(actor) is { } view
            ? view.Status
            : throw DomainException.NotFound($"input.eventId: event '{ask.EventId}' does not exist.");
        if (status is not (EventStatus.Published or EventStatus.Live))
        {
            throw DomainException.BadInput($"input.eventId: the event is {EventLifecycle.Name(status)}; questions are taken while it is PUBLISHED or LIVE.");
        }

        await Member(actor.MemberId).GetJoined();
        var askedAt = time.GetUtcNow();

        // Listed before it is stored, so an event whose board is full refuses the question before anything exists.
        await Board(ask.EventId).Upsert(new QuestionSummary { QuestionId = QuestionId, Upvotes = 0, AskedAt = askedAt, Version = 0 });
        S.Exists = true;
        S.AuthorId = actor.MemberId;
        S.Anonymous = ask.Anonymous;
        S.EventId = ask.EventId;
        S.Body = body;
        S.AskedAt = askedAt;
        await Commit();
        return View();
    }

    async Task<QuestionView> IQuestionGrain.ToggleUpvote(Actor actor)
    {
        await RequireExisting(actor);
        await Member(actor.MemberId).GetJoined();
        var shard = QuestionUpvotes.ShardOf(actor.MemberId);
        S.UpvotesByShard[shard] = await Upvotes(shard).Toggle(actor.MemberId);
        await Commit();
        return View();
    }

    async Task<QuestionView> IQuestionGrain.Answer(Actor actor, string answer)
    {
        await RequireExisting(actor);
        await Event(S.EventId).RequireStaff(actor);
        S.Answer = InputLimits.Text(answer, "answer", 1, InputLimits.MaxBodyLength);
        await Commit();
        return View();
    }

    Task<QuestionView?> IQuestionGrain.Get(Actor actor) =>
        Task.FromResult(S.Exists && actor.IsIn(CommunityId) ? View() : null);

    async Task<bool> IQuestionGrain.UpvotedBy(Actor actor) =>
        actor.IsIn(CommunityId) && S.Exists && await Upvotes(QuestionUpvotes.ShardOf(actor.MemberId)).Has(actor.MemberId);

    private async Task Commit()
    {
        S.Version++;
        S.EffectsPending = true;

        // If this write fails, StorageFaultCallFilter deactivates the grain so no call acts on the unstored change.
        await state.WriteStateAsync();
        await CompleteEffects();
    }

    private async Task CompleteEffects()
    {
        if (!S.EffectsPending)
        {
            return;
        }

        await Board(S.EventId).Upsert(new QuestionSummary { QuestionId = QuestionId, Upvotes = S.UpvotesByShard.Sum(), AskedAt = S.AskedAt, Version = S.Version });
        if (!S.Awarded)
        {
            // The reason names no question: a points history is readable by others and must not unmask an anonymous one.
            await Member(S.AuthorId).Award(new PointAward($"question:{S.EventId}:{QuestionId}", PointAction.QuestionAsked, SystemText.Of(SystemTextKind.AskedQuestion)));
            S.Awarded = true;
        }

        await this.Publish(NotificationTopics.EventQuestions, GrainKeys.Of(CommunityId, S.EventId), View());
        S.EffectsPending = false;
        await state.WriteStateAsync();
    }

    private QuestionView View() => new()
    {
        Id = QuestionId,
        EventId = S.EventId,
        Body = S.Body,
        AuthorId = S.Anonymous ? null : S.AuthorId,
        Upvotes = S.UpvotesByShard.Sum(),
        Answer = S.Answer,
        AskedAt = S.AskedAt,
    };

    private async Task RequireExisting(Actor actor)
    {
        actor.RequireIn(CommunityId);
        if (!S.Exists)
        {
            throw DomainException.NotFound($"questionId: question '{QuestionId}' does not exist.");
        }

        await CompleteEffects();
    }

    private IQuestionUpvotesGrain Upvotes(int shard) =>
        GrainFactory.Reference<IQuestionUpvotesGrain>(QuestionUpvotes.Key(CommunityId, S.EventId, QuestionId, shard));

    private IEventGrain Event(string eventId) => GrainFactory.Reference<IEventGrain>(GrainKeys.Of(CommunityId, eventId));

    private IQuestionBoardGrain Board(string eventId) => GrainFactory.Reference<IQuestionBoardGrain>(GrainKeys.Of(CommunityId, eventId));

    private IMemberGrain Member(string memberId) => GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId));
}
