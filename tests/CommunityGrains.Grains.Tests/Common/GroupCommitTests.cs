using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Tests.Common;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Callers_arriving_during_a_write_share_the_next_write()
    {
        var release = new TaskCompletionSource();
        var writes = 0;
        var commit = new GroupCommit(async () =>
        {
            writes++;
            await release.Task;
        });

        var first = commit.WriteAsync();
        var waiting = Enumerable.Range(0, 50).Select(_ => commit.WriteAsync()).ToList();
        release.SetResult();
        await first;
        await Task.WhenAll(waiting);

        Assert.Equal(2, writes);
        Assert.Equal(2, commit.Writes);
    }

    [Fact]
    public async Task A_caller_is_not_acknowledged_by_a_write_that_started_before_its_change()
    {
        var (commit, gates) = Gated();

        var first = commit.WriteAsync();
        var second = commit.WriteAsync();
        gates[0].SetResult();
        await first;

        Assert.False(second.IsCompleted);
        await WaitUntil(() => gates.Count == 2);
        gates[1].SetResult();
        await second;
    }

    [Fact]
    public async Task A_failed_write_fails_its_callers_and_the_next_write_still_runs()
    {
        var attempt = 0;
        var commit = new GroupCommit(() => ++attempt == 1 ? Task.FromException(new IOException("disk")) : Task.CompletedTask);

        await Assert.ThrowsAsync<IOException>(() => commit.WriteAsync());
        await commit.WriteAsync();

        Assert.Equal(2, attempt);
    }

    [Fact]
    public async Task A_repeat_is_acknowledged_at_once_only_when_nothing_is_unsaved()
    {
        var writes = 0;
        var commit = new GroupCommit(() =>
        {
            writes++;
            return Task.CompletedTask;
        });

        await commit.WriteAsync();
        await commit.Unchanged();

        Assert.Equal(1, writes);
    }

    [Fact]
    public async Task A_repeat_after_a_failed_write_waits_for_a_write_that_stores_the_change()
    {
        var attempt = 0;
        var commit = new GroupCommit(() => ++attempt == 1 ? Task.FromException(new IOException("database gone")) : Task.CompletedTask);

        await Assert.ThrowsAsync<IOException>(() => commit.WriteAsync());
        await commit.Unchanged();

        Assert.Equal(2, attempt);
        await commit.Unchanged();
        Assert.Equal(2, attempt);
    }

    [Fact]
    public async Task A_repeat_during_a_write_waits_for_the_next_write()
    {
        var (commit, gates) = Gated();

        var first = commit.WriteAsync();
        var repeat = commit.Unchanged();
        gates[0].SetResult();
        await first;

        Assert.False(repeat.IsCompleted);
        await WaitUntil(() => gates.Count == 2);
        gates[1].SetResult();
        await repeat;
    }

    /// <summary>A commit whose every write waits for its own gate, opened by the test.</summary>
    private static (GroupCommit Commit, List<TaskCompletionSource> Gates) Gated()
    {
        var gates = new List<TaskCompletionSource>();
        var commit = new GroupCommit(() =>
        {
            var gate = new TaskCompletionSource();
            gates.Add(gate);
            return gate.Task;
        });
        return (commit, gates);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Yield();
        }

        Assert.True(condition());
    }
}
