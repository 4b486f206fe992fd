using CommunityGrains.Contracts.Help;

namespace CommunityGrains.Grains.Help;

[GenerateSerializer]
public sealed class MemberHelpRequestsState
{
    [Id(0)] public Dictionary<string, HelpRequestListing> Entries { get; set; } = [];
}
