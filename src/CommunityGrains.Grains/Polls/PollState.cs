using CommunityGrains.Domain.Polls;

namespace CommunityGrains.Grains.Polls;

/// <summary>The poll itself; its ballots and counts live in the ballot shards.</summary>
[GenerateSerializer]
public sealed class PollState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string CreatedBy { get; set; } = "";
    [Id(2)] public string EventId { get; set; } = "";
    [Id(3)] public string Question { get; set; } = "";
    [Id(4)] public List<PollOption> Options { get; set; } = [];
    [Id(5)] public PollStatus Status { get; set; }
}
