namespace CommunityGrains.Host.Storage;

/// <summary>
/// Our own scripts for the tables and queries the Orleans AdoNet providers need (schema/sqlite, schema/postgres),
/// copied beside the binary at build time. They are written to be applied any number of times.
/// </summary>
public static class SchemaScripts
{
    public static IReadOnlyList<(string Name, string Sql)> For(string dialect)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "schema", dialect);
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"The schema scripts are missing: {folder}");
        }

        return Directory.GetFiles(folder, "*.sql")
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileName(file), File.ReadAllText(file)))
            .ToList();
    }
}
