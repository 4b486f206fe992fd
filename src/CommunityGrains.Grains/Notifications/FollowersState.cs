namespace CommunityGrains.Grains.Notifications;

[GenerateSerializer]
public sealed class FollowersState
{
    [Id(0)] public HashSet<string> Members { get; set; } = [];
}
