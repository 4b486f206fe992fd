namespace CommunityGrains.Domain.Polls;

/// <summary>Stored: values are explicit and only ever appended.</summary>
public enum PollStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}
