using System.CommandLine;
using CommunityGrains.Host.Storage;

namespace CommunityGrains.Host.Commands;

/// <summary><c>migrate</c>: applies the schema scripts of the configured provider; safe to run any number of times.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = HostCommandLine.Verb("migrate", "Applies the schema scripts of the configured storage (PostgreSQL or SQLite); safe to run again.");
        command.SetAction((result, _) => Run(HostCommandLine.ConfigurationOf(result)));
        return command;
    }

    private static async Task<int> Run(string[] args)
    {
        var configuration = ConfigurationArguments.Configuration(args);
        var storage = StorageOptions.From(configuration);
        switch (storage.Provider)
        {
            case StorageProvider.Postgres:
                var applied = await PostgresSchema.Apply(StorageOptions.PostgresConnectionString(configuration));
                Console.WriteLine($"applied {applied.Count} PostgreSQL script(s): {string.Join(", ", applied)}");
                return 0;
            case StorageProvider.Sqlite:
                SqliteSchema.Apply(storage);
                Console.WriteLine($"applied the SQLite scripts to {Path.GetFullPath(storage.SqlitePath)}");
                return 0;
            default:
                Console.WriteLine("the memory provider needs no migration");
                return 0;
        }
    }
}
