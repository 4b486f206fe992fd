namespace CommunityGrains.Contracts.Events;

/// <summary>Key: community/event/page. Up to <see cref="EventRegistrations.PageSize"/> registrations in arrival order.</summary>
public interface IEventRegistrationPageGrain : IGrainWithStringKey
{
    /// <summary>Stores the row by its sequence number, replacing what was there: sending it again is harmless.</summary>
    Task Put(RegistrationRow row);

    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<RegistrationRow>> Rows();
}
