using CommunityGrains.Domain.Members;

namespace CommunityGrains.Contracts.Members;

/// <param name="Key">Dedupe key naming the effect, e.g. <c>vote:{proposal}</c>; applied at most once.</param>
/// <param name="Points">Only for actions without a rule (ADJUSTMENT); rule-based actions take the community's current rule.</param>
/// <param name="Scores">
/// Monthly scores that come with the same action, each applied once per its own key (as by
/// <see cref="IMemberGrain.AddMonthlyScore"/>), but stored in the award's write: one write instead of one per score.
/// </param>
/// <param name="CheckInDay">
/// Set by a first check-in of the day (in the community's time zone): counted for <c>stats.checkInsToday</c> when the
/// award is first applied, and stored in the award's write.
/// </param>
/// <param name="At">The instant the ledger entry shows; now when null (a held award shows the start of its day).</param>
[GenerateSerializer, Immutable]
public sealed record PointAward(
    [property: Id(0)] string Key,
    [property: Id(1)] PointAction Action,
    [property: Id(2)] SystemText Reason,
    [property: Id(3)] int? Points = null,
    [property: Id(4)] IReadOnlyList<ScoreEvent>? Scores = null,
    [property: Id(5)] DateOnly? CheckInDay = null,
    [property: Id(6)] DateTimeOffset? At = null);
