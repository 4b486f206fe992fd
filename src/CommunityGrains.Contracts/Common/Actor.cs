namespace CommunityGrains.Contracts.Common;

/// <summary>Who acts, taken from the verified token only; grain methods never take the actor from arguments.</summary>
[GenerateSerializer, Immutable]
public sealed record Actor(
    [property: Id(0)] string CommunityId,
    [property: Id(1)] string MemberId,
    [property: Id(2)] Role Role)
{
    public bool IsAtLeast(Role role) => Role >= role;

    public void Require(Role role)
    {
        if (!IsAtLeast(role))
        {
            throw DomainException.Forbidden($"This needs the {role.ToString().ToUpperInvariant()} role.");
        }
    }
}
