using System.Diagnostics;

namespace CommunityGrains.Host.Seed;

/// <summary>
/// How far the seed got, redrawn in place on one terminal line four times a second (members, groups, proposals,
/// votes, elapsed), so a seed of many members does not look hung. Not drawn when the output is redirected, where
/// carriage returns would only clutter a log.
/// </summary>
public sealed class SeedProgress : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _output;
    private readonly Stopwatch _elapsed;
    private readonly Lock _lock = new();
    private ITimer? _timer;
    private SeedContext? _context;
    private string _stage = "starting the silo";
    private int _width;

    public SeedProgress(TextWriter output, Stopwatch elapsed)
    {
        _output = output;
        _elapsed = elapsed;
    }

    /// <summary>Progress on the console when it is a terminal, else none.</summary>
    public static SeedProgress? ForConsole(Stopwatch elapsed) => Console.IsOutputRedirected ? null : new SeedProgress(Console.Out, elapsed);

    /// <summary>Starts drawing what <paramref name="context"/> has counted so far.</summary>
    public void Watch(SeedContext context)
    {
        _context = context;
        _timer ??= TimeProvider.System.CreateTimer(_ => Draw(), null, TimeSpan.Zero, Interval);
    }

    /// <summary>Names the part of the seed now running, e.g. "day 3/30".</summary>
    public void Stage(string stage)
    {
        _stage = stage;
        Draw();
    }

    /// <summary>Stops the timer and leaves the last line standing.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            if (_width > 0)
            {
                Draw();
                _output.WriteLine();
                _width = 0;
            }
        }
    }

    private void Draw()
    {
        if (_context is not { } context)
        {
            return;
        }

        var summary = context.Summary;
        var line = $"{_stage}: {summary["members"]} members, {summary["study groups"]} groups, {summary["proposals"]} proposals, " +
            $"{summary["votes"]} votes, {_elapsed.Elapsed.TotalSeconds:F1} s";
        lock (_lock)
        {
            _output.Write('\r' + line.PadRight(_width));
            _output.Flush();
            _width = Math.Max(_width, line.Length);
        }
    }
}
