using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Help;

/// <summary>
/// Key: community/request. One neighbour-help request: OPEN → MATCHED → COMPLETED, or CANCELLED, or EXPIRED
/// when still OPEN at its deadline (enforced on every access).
/// </summary>
public interface IHelpRequestGrain : IGrainWithStringKey
{
    /// <summary>Idempotent on the request id: the same author posting again gets the existing request.</summary>
    Task<HelpRequestView> Post(Actor actor, PostHelpRequest post);

    /// <summary>Null when no request was posted under this id.</summary>
    Task<HelpRequestView?> Get();

    Task<HelpRequestView> Volunteer(Actor actor, string? message);

    /// <summary>Every volunteer with their message for the author; the caller's own entry for a volunteer; nothing for anyone else.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<HelpVolunteerView>> VolunteerDetails(Actor actor);

    Task<HelpRequestView> AcceptHelper(Actor actor, string helperId);

    Task<HelpRequestView> Complete(Actor actor);

    Task<HelpRequestView> Cancel(Actor actor);

    Task<HelpRequestView> Rate(Actor actor, int stars, string? comment);

    /// <summary>For the author's own request: open requests of the other kind nearby, best first.</summary>
    Task<IReadOnlyList<HelpCandidateView>> Matches(Actor actor, double radiusKm, int first);
}
