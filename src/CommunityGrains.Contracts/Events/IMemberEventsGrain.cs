namespace CommunityGrains.Contracts.Events;

/// <summary>Key: community/member. The events a member registered for, newest first, the last 200.</summary>
public interface IMemberEventsGrain : IGrainWithStringKey
{
    Task Add(string eventId);

    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<string>> EventIds();
}
