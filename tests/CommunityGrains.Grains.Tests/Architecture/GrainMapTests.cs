using System.Text.RegularExpressions;
using CommunityGrains.Grains.Members;

namespace CommunityGrains.Grains.Tests.Architecture;

/// <summary>docs/ARCHITECTURE.md is the grain map new contributors read first: its table must name exactly the grains there are.</summary>
public sealed partial class GrainMapTests
{
    private static readonly IReadOnlySet<string> GrainClasses = typeof(MemberGrain).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(Orleans.Grain).IsAssignableFrom(type))
        .Select(type => type.Name)
        .ToHashSet();

    private static readonly IReadOnlySet<string> Mapped = MappedGrains(File.ReadAllLines(RepositoryFiles.Path("docs", "ARCHITECTURE.md")));

    [Fact]
    public void Every_grain_class_has_a_row_in_the_grain_map()
    {
        var missing = GrainClasses.Except(Mapped).Order().ToList();

        Assert.True(missing.Count == 0, $"docs/ARCHITECTURE.md does not describe {string.Join(", ", missing)}: add a row to its grain table.");
    }

    [Fact]
    public void Every_row_of_the_grain_map_names_a_grain_class()
    {
        var stale = Mapped.Except(GrainClasses).Order().ToList();

        Assert.True(stale.Count == 0, $"docs/ARCHITECTURE.md describes {string.Join(", ", stale)}, which no longer exist: remove or rename the rows.");
    }

    /// <summary>The first cell of each row of the table under "## Grains", as <c>`SomeGrain`</c> (a note may follow).</summary>
    private static HashSet<string> MappedGrains(IEnumerable<string> lines)
    {
        var section = lines.SkipWhile(line => line != "## Grains").Skip(1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));
        var names = section.Select(line => FirstCell().Match(line)).Where(match => match.Success).Select(match => match.Groups["name"].Value).ToHashSet();
        Assert.NotEmpty(names);
        return names;
    }

    [GeneratedRegex(@"^\|\s*`(?<name>\w+)`")]
    private static partial Regex FirstCell();
}
