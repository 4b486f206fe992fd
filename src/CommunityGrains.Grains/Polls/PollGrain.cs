using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Polls;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Members;
using CommunityGrains.Domain.Polls;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Polls;

/// <summary>
/// Reentrant: a vote only checks the poll and the voter, then waits on the voter's ballot shard, where concurrent
/// votes share writes; the poll writes nothing per vote. Its counts are the shards' durable counts, so they are
/// exact whatever crashes, and each change is pushed to <c>pollResults</c> subscribers on any host.
/// </summary>
[Reentrant]
public sealed class PollGrain : Grain, IPollGrain
{
    private readonly IPersistentState<PollState> _state;
    private readonly GroupCommit _commit;
    private readonly LatestPublisher<PollView> _results;
    private readonly PollShardCounts?[] _shards = new PollShardCounts?[PollBallots.Shards];

    /// <summary>Members seen signed in to the event: attendance never goes back, so it is asked once per activation.</summary>
    private readonly HashSet<string> _attendees = [];

    private Task? _loading;

    public PollGrain([PersistentState("poll", StorageNames.Default)] IPersistentState<PollState> state)
    {
        _state = state;
        _commit = new GroupCommit(state.WriteStateAsync);
        _results = new LatestPublisher<PollView>(this, NotificationTopics.PollResults, async () =>
        {
            await Loaded();
            return View();
        });
    }

    private PollState S => _state.State;
    private string CommunityId => this.Key().CommunityId;
    private string PollId => this.Key().OwnId;

    async Task<PollView> IPollGrain.Create(Actor actor, CreatePoll create)
    {
        actor.RequireIn(CommunityId);
        var eventId = InputLimits.Id(create.EventId, "input.eventId");
        if (S.Exists)
        {
            if (S.CreatedBy != actor.MemberId || S.EventId != eventId)
            {
                throw DomainException.Conflict($"input.id: poll '{PollId}' already exists.");
            }

            await Loaded();
            return View();
        }

        await Event(eventId).RequireStaff(actor);
        var question = InputLimits.Title(create.Question, "input.question");
        PollRules.OptionCount(create.Options.Count);
        var options = new List<PollOption>();
        for (var i = 0; i < create.Options.Count; i++)
        {
            options.Add(await Option(actor, create.Options[i], i));
        }

        await Event(eventId).AddPoll(actor, PollId);
        S.Exists = true;
        S.CreatedBy = actor.MemberId;
        S.EventId = eventId;
        S.Question = question;
        S.Options = options;
        S.Status = PollStatus.Draft;
        await _commit.WriteAsync();
        await Loaded();
        return View();
    }

    async Task<PollView> IPollGrain.Open(Actor actor)
    {
        RequireExisting(actor);
        var eventStatus = await Event(S.EventId).RequireStaff(actor);
        if (eventStatus != EventStatus.Live)
        {
            throw DomainException.BadInput($"pollId: the event is {EventLifecycle.Name(eventStatus)}; polls open while it is LIVE.");
        }

        S.Status = PollRules.Next(S.Status, PollStatus.Open);
        await _commit.WriteAsync();
        await Loaded();
        _results.Changed();
        return View();
    }

    async Task<PollView> IPollGrain.Close(Actor actor)
    {
        RequireExisting(actor);
        await Event(S.EventId).RequireStaff(actor);
        S.Status = PollRules.Next(S.Status, PollStatus.Closed);
        await CloseShards();
        return View();
    }

    async Task IPollGrain.CloseWithEvent()
    {
        if (S.Exists && S.Status != PollStatus.Closed)
        {
            S.Status = PollStatus.Closed;
            await CloseShards();
        }
    }

    async Task<PollView> IPollGrain.Vote(Actor actor, string optionId)
    {
        RequireExisting(actor);
        PollRules.RequireOpen(S.Status);
        var option = S.Options.FindIndex(o => o.Id == optionId);
        if (option < 0)
        {
            throw DomainException.BadInput($"optionId: '{optionId}' is not an option of this poll.");
        }

        await RequireAttendee(actor.MemberId);
        var shard = Shard(PollBallots.ShardOf(actor.MemberId));
        var cast = await shard.Cast(actor.MemberId, option, S.Options.Count);
        Receive(cast.Counts);
        if (cast.AwardDue)
        {
            // Once per member and poll whatever the retries and changes of mind: the member grain applies a key once.
            await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, actor.MemberId))
                .Award(new PointAward($"poll:{PollId}:vote", PointAction.PollVote, SystemText.Of(SystemTextKind.VotedInPoll, S.Question)));
            await shard.Awarded(actor.MemberId);
        }

        await Loaded();
        return View();
    }

    async Task<PollView?> IPollGrain.Get(Actor actor)
    {
        if (!S.Exists || !actor.IsIn(CommunityId))
        {
            return null;
        }

        await Loaded();
        return View();
    }

    async Task<string?> IPollGrain.ChoiceOf(Actor actor)
    {
        if (!S.Exists || !actor.IsIn(CommunityId))
        {
            return null;
        }

        var choice = await Shard(PollBallots.ShardOf(actor.MemberId)).ChoiceOf(actor.MemberId);
        return choice is { } index ? S.Options[index].Id : null;
    }

    private async Task<PollOption> Option(Actor actor, PollOptionSpec spec, int index)
    {
        var field = $"input.options[{index}]";
        var id = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var given = new[] { spec.Label, spec.FeedbackId, spec.ProposalId }.Count(v => v is not null);
        if (given != 1)
        {
            throw DomainException.BadInput($"{field}: give exactly one of label, feedbackId or proposalId.");
        }

        if (spec.FeedbackId is { } feedbackId)
        {
            var key = InputLimits.Id(feedbackId, field + ".feedbackId");
            var feedback = await GrainFactory.Reference<IFeedbackGrain>(GrainKeys.Of(CommunityId, key)).Get(actor)
                ?? throw DomainException.NotFound($"{field}.feedbackId: feedback '{key}' does not exist in this community.");
            return new PollOption { Id = id, Label = PollRules.LabelOf(feedback.Body), FeedbackId = key };
        }

        if (spec.ProposalId is { } proposalId)
        {
            var key = InputLimits.Id(proposalId, field + ".proposalId");
            var proposal = await GrainFactory.Reference<IProposalGrain>(GrainKeys.Of(CommunityId, key)).Get(actor)
                ?? throw DomainException.NotFound($"{field}.proposalId: proposal '{key}' does not exist in this community.");
            return new PollOption { Id = id, Label = PollRules.LabelOf(proposal.Title), ProposalId = key };
        }

        return new PollOption { Id = id, Label = InputLimits.Title(spec.Label, field + ".label") };
    }

    private async Task RequireAttendee(string memberId)
    {
        if (_attendees.Contains(memberId))
        {
            return;
        }

        var registration = await GrainFactory.Reference<IEventRegistrationGrain>(GrainKeys.Of(CommunityId, S.EventId, memberId)).Get();
        if (registration?.Status != RegistrationStatus.Attended)
        {
            throw DomainException.Forbidden("Only attendees who signed in to the event can vote in its polls.");
        }

        _attendees.Add(memberId);
    }

    /// <summary>The poll's status is written first, so no vote is taken once this starts; then every shard refuses late ones.</summary>
    private async Task CloseShards()
    {
        await _commit.WriteAsync();
        foreach (var counts in await Task.WhenAll(Enumerable.Range(0, PollBallots.Shards).Select(shard => Shard(shard).Close())))
        {
            Receive(counts);
        }

        _results.Changed();
    }

    private void Receive(PollShardCounts counts)
    {
        if (_shards[counts.Shard] is { } known && known.Version >= counts.Version)
        {
            return;
        }

        _shards[counts.Shard] = counts;
        if (S.Status == PollStatus.Open)
        {
            _results.Changed();
        }
    }

    private Task Loaded() => _loading ??= Load();

    private async Task Load()
    {
        try
        {
            foreach (var counts in await Task.WhenAll(Enumerable.Range(0, PollBallots.Shards).Select(shard => Shard(shard).Counts())))
            {
                Receive(counts);
            }
        }
        catch
        {
            _loading = null;
            throw;
        }
    }

    private PollView View() => new()
    {
        Id = PollId,
        EventId = S.EventId,
        Question = S.Question,
        Status = S.Status,
        Options = S.Options.Select((o, i) => new PollOptionView
        {
            Id = o.Id,
            Label = o.Label,
            Votes = _shards.Sum(s => s is not null && i < s.Votes.Count ? s.Votes[i] : 0),
            FeedbackId = o.FeedbackId,
            ProposalId = o.ProposalId,
        }).ToList(),
        Ballots = _shards.Sum(s => s?.Ballots ?? 0),
    };

    private void RequireExisting(Actor actor)
    {
        actor.RequireIn(CommunityId);
        if (!S.Exists)
        {
            throw DomainException.NotFound($"Poll '{PollId}' does not exist.");
        }
    }

    private IEventGrain Event(string eventId) => GrainFactory.Reference<IEventGrain>(GrainKeys.Of(CommunityId, eventId));

    private IPollBallotShardGrain Shard(int shard) => GrainFactory.Reference<IPollBallotShardGrain>(PollBallots.Key(CommunityId, PollId, shard));
}
