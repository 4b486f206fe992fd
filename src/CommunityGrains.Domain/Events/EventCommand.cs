namespace CommunityGrains.Domain.Events;

public enum EventCommand
{
    Publish,
    Start,
    End,
    Cancel,
    Register,
    SignIn,
}
