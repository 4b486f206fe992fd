using System.Diagnostics;

namespace CommunityGrains.Host.Tests.Infrastructure;

/// <summary>Waits for a condition by polling, instead of sleeping for a guessed time.</summary>
public static class Poll
{
    public static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Still not true after {timeout.TotalSeconds} s: {what}");
            }

            await Task.Delay(200);
        }
    }
}
