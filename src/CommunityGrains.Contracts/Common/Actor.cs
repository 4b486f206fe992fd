namespace CommunityGrains.Contracts.Common;

/// <summary>Who acts, taken from the verified token only; grain methods never take the actor from arguments.</summary>
[GenerateSerializer, Immutable]
public sealed record Actor(
    [property: Id(0)] string CommunityId,
    [property: Id(1)] string MemberId,
    [property: Id(2)] Role Role)
{
    public bool IsAtLeast(Role role) => Role >= role;

    public bool IsIn(string communityId) => CommunityId == communityId;

    /// <summary>FORBIDDEN unless the token is for <paramref name="communityId"/>: the first check of every grain that serves one community.</summary>
    public void RequireIn(string communityId)
    {
        if (!IsIn(communityId))
        {
            throw DomainException.Forbidden("A token can only act in its own community.");
        }
    }

    public void Require(Role role)
    {
        if (!IsAtLeast(role))
        {
            throw DomainException.Forbidden($"This needs the {role.ToString().ToUpperInvariant()} role.");
        }
    }
}
