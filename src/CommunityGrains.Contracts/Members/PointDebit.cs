using CommunityGrains.Domain.Members;

namespace CommunityGrains.Contracts.Members;

/// <param name="Key">Dedupe key, e.g. <c>redeem:{reward}:{redemption}</c>; debited at most once.</param>
/// <param name="Points">How many points to take, positive.</param>
[GenerateSerializer, Immutable]
public sealed record PointDebit(
    [property: Id(0)] string Key,
    [property: Id(1)] int Points,
    [property: Id(2)] SystemText Reason,
    [property: Id(3)] PointAction Action = PointAction.Redemption);
