namespace CommunityGrains.Grains.Common;

/// <summary>
/// Publishes a grain's latest view to its notification stream without making any command wait: one publication runs
/// at a time and a burst of changes meanwhile is followed by one more with the view then, so subscribers always end
/// on the newest state. Used from the grain's own scheduler.
/// </summary>
public sealed class LatestPublisher<T>(Grain grain, string topic, Func<Task<T>> view)
{
    private bool _publishing;
    private bool _again;

    public void Changed()
    {
        if (_publishing)
        {
            _again = true;
            return;
        }

        _ = Run();
    }

    private async Task Run()
    {
        _publishing = true;
        try
        {
            do
            {
                _again = false;
                await grain.Publish(topic, grain.GetPrimaryKeyString(), await view());
            }
            while (_again);
        }
        finally
        {
            _publishing = false;
        }
    }
}
