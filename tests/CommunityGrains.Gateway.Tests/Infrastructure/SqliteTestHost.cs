namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>The test host on the embedded default: a SQLite file of its own, deleted with the host.</summary>
public sealed class SqliteTestHost : TestHost
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cg-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqlitePath"] = Path.Combine(_directory, "communitygrains.db"),
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
