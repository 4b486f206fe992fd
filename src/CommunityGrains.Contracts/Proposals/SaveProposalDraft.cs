namespace CommunityGrains.Contracts.Proposals;

[GenerateSerializer, Immutable]
public sealed record SaveProposalDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Body,
    [property: Id(2)] IReadOnlyList<string>? Tags,
    [property: Id(3)] double? Budget);
