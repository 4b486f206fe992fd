namespace CommunityGrains.Grains.Help;

[GenerateSerializer]
public sealed class HelpOpenCounterState
{
    /// <summary>Open request id → its deadline.</summary>
    [Id(0)] public Dictionary<string, DateTimeOffset> Open { get; set; } = [];
}
