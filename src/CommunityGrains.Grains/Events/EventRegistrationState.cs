using CommunityGrains.Contracts.Events;

namespace CommunityGrains.Grains.Events;

[GenerateSerializer]
public sealed class EventRegistrationState
{
    [Id(0)] public RegistrationRow? Row { get; set; }
}
