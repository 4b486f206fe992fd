namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// One mutation a member wants done. Retries send exactly the same document and variables (the same client ids and
/// natural keys), so a retry of something already applied must not apply it twice.
/// </summary>
/// <param name="Kind">What it does, e.g. <c>updateProfile</c>; the checks group by it.</param>
/// <param name="Subject">What it is about (a proposal id, a client id), for the checks.</param>
/// <param name="Value">The value the checks expect to see if this is the member's last acknowledged change of <paramref name="Subject"/>.</param>
public sealed record Operation(WorkloadMember Member, int Sequence, string Kind, string Subject, string Value, string Query, object Variables)
{
    public override string ToString() => $"{Member.Id}#{Sequence} {Kind} {Subject}={Value}";
}

/// <summary>A member and the token they act with.</summary>
public sealed record WorkloadMember(int Index, string Id, string Token);
