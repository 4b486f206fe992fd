namespace CommunityGrains.Grains.Common;

/// <summary>
/// Group commit for a reentrant grain: while one storage write is in flight, every caller that changes the
/// state joins the next write and awaits it, so N concurrent changes cost about two writes instead of N.
/// A caller is acknowledged only after a write that started after its change has completed.
/// Must be used from the grain's own scheduler (single-threaded), which is why no lock is needed.
/// </summary>
public sealed class GroupCommit(Func<Task> write)
{
    private TaskCompletionSource? _queued;
    private bool _writing;
    private bool _failed;

    public long Writes { get; private set; }

    public Task WriteAsync()
    {
        if (_queued is { } waiting)
        {
            return waiting.Task;
        }

        var batch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queued = batch;
        if (!_writing)
        {
            _ = PumpAsync();
        }

        return batch.Task;
    }

    /// <summary>
    /// For a caller whose change the state already holds (a repeat, a retry): acknowledged once that state is stored.
    /// While a write is in flight, or after one failed, the change may be in memory only (an earlier caller made it and
    /// its write failed), so the caller joins the next write instead of being acknowledged at once.
    /// </summary>
    public Task Unchanged() => _writing || _failed ? WriteAsync() : Task.CompletedTask;

    private async Task PumpAsync()
    {
        _writing = true;
        try
        {
            while (_queued is { } batch)
            {
                _queued = null;
                try
                {
                    await write();
                    _failed = false;
                    Writes++;
                    batch.SetResult();
                }
                catch (Exception error)
                {
                    _failed = true;
                    batch.SetException(error);
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }
}
