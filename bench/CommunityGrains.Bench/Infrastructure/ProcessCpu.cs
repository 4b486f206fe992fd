using System.Globalization;

namespace CommunityGrains.Bench.Infrastructure;

/// <summary>
/// CPU time (user + system) of a process and all its descendants from /proc, in milliseconds. The machine is shared,
/// so throughput alone depends on what else runs; CPU per operation does not.
/// </summary>
internal static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static double? TreeMilliseconds(int? root)
    {
        if (root is not { } pid || !Directory.Exists("/proc"))
        {
            return null;
        }

        var stats = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Read(id) is { } stat)
            {
                stats[id] = stat;
            }
        }

        var total = 0L;
        var pending = new Stack<int>([pid]);
        var children = stats.ToLookup(s => s.Value.Parent, s => s.Key);
        while (pending.TryPop(out var next))
        {
            if (stats.TryGetValue(next, out var stat))
            {
                total += stat.Ticks;
            }

            foreach (var child in children[next])
            {
                pending.Push(child);
            }
        }

        return total * 1000 / TicksPerSecond;
    }

    private static (int Parent, long Ticks)? Read(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            // The command name may hold spaces and parentheses: the fields start after its last ')'.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (int.Parse(fields[1], CultureInfo.InvariantCulture),
                long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
