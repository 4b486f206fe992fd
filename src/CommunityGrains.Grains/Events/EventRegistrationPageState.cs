using CommunityGrains.Contracts.Events;

namespace CommunityGrains.Grains.Events;

[GenerateSerializer]
public sealed class EventRegistrationPageState
{
    /// <summary>At most <see cref="EventRegistrations.PageSize"/> rows, by sequence.</summary>
    [Id(0)] public Dictionary<long, RegistrationRow> Rows { get; set; } = [];
}
