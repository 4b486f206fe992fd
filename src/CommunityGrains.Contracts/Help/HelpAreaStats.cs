namespace CommunityGrains.Contracts.Help;

/// <param name="OpenRequests">Entries in the cell, including expired ones not yet pruned.</param>
/// <param name="SearchesServed">Searches this activation answered: lets operators (and tests) see which cells a query reads.</param>
[GenerateSerializer, Immutable]
public sealed record HelpAreaStats(
    [property: Id(0)] int OpenRequests,
    [property: Id(1)] long SearchesServed);
