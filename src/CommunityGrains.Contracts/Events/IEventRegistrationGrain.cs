namespace CommunityGrains.Contracts.Events;

/// <summary>Key: community/event/member. The member's registration, as the event grain last decided it.</summary>
public interface IEventRegistrationGrain : IGrainWithStringKey
{
    /// <summary>Stores the row unless a later one (higher sequence, or the same one further on) is already there.</summary>
    Task Put(RegistrationRow row);

    [Orleans.Concurrency.ReadOnly]
    Task<RegistrationRow?> Get();
}
