using System.Diagnostics;
using System.Globalization;
using CommunityGrains.Domain.Common;
using CommunityGrains.Grains;
using CommunityGrains.Host.Seed;
using CommunityGrains.Host.Storage;

namespace CommunityGrains.Host.Commands;

/// <summary>
/// <c>seed --members 1000 [--community demo] [--time-zone Europe/Paris]</c>: fills a community with a month of demo
/// life. It runs its own silo on the configured storage with a clock that starts weeks ago, so the host must be
/// stopped meanwhile (it also takes the host's silo port, so a running host makes it fail fast).
/// </summary>
public static class SeedCommand
{
    public const string Usage = "usage: seed --members <10..100000> [--community demo] [--time-zone Europe/Paris]";

    public static async Task<int> Run(string[] args)
    {
        var arguments = new CommandArguments(args, "members", "community", "time-zone");
        if (Options(arguments) is not { } options)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var configuration = CommandArguments.Configuration(arguments.ConfigurationArgs);
        var storage = StorageOptions.From(configuration);
        if (storage.Provider == StorageProvider.Postgres)
        {
            Console.Error.WriteLine(
                "seed refuses PostgreSQL: its silo would join the running cluster and spread the back-dated history over hosts " +
                "that use the real clock. Seed an embedded SQLite file (the default) or the memory provider.");
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            var context = await Seed(configuration, storage, options);
            Print(context, storage, stopwatch.Elapsed);
            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    /// <summary>Starts a silo on <paramref name="storage"/> with the seed clock, plays the demo and stops the silo.</summary>
    public static async Task<SeedContext> Seed(IConfiguration configuration, StorageOptions storage, SeedOptions options)
    {
        var clock = new SeedClock(TimeProvider.System, DateTimeOffset.UtcNow - SeedOptions.Reach);
        // No defaults: the host's appsettings would turn Information logging back on for thousands of grain calls.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning)
            // The back-dated clock makes the silo's own health checks think its timers are late; they are not.
            .AddFilter("Orleans.Runtime.MembershipService", LogLevel.Error)
            .AddFilter("Orleans.Runtime.AsyncTimer", LogLevel.Error)
            .AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error)
            // SQLite serialises the seed's writes, so some grain turns wait longer than Orleans likes to see.
            .AddFilter("Orleans.Runtime.Scheduler", LogLevel.Error);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.UseOrleans(silo =>
        {
            silo.UseCommunityStorage(configuration, storage);
            silo.AddCommunityGrains();
        });
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            return await DemoSeeder.Run(host.Services.GetRequiredService<IGrainFactory>(), clock, options);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static SeedOptions? Options(CommandArguments arguments)
    {
        if (!int.TryParse(arguments["members"], NumberStyles.None, CultureInfo.InvariantCulture, out var members)
            || members is < SeedOptions.MinMembers or > SeedOptions.MaxMembers)
        {
            return null;
        }

        try
        {
            var community = InputLimits.Id(arguments["community"] ?? "demo", "--community");
            var zone = InputLimits.TimeZone(arguments["time-zone"] ?? "Europe/Paris", "--time-zone");
            return new SeedOptions(community, members, zone.Id);
        }
        catch (InvalidInputException e)
        {
            Console.Error.WriteLine(e.Message);
            return null;
        }
    }

    private static void Print(SeedContext context, StorageOptions storage, TimeSpan elapsed)
    {
        var where = storage.Provider == StorageProvider.Sqlite ? Path.GetFullPath(storage.SqlitePath) : "memory (gone when this process ends)";
        Console.WriteLine($"seeded community '{context.CommunityId}' ({context.Options.TimeZone}) in {elapsed.TotalSeconds:F1} s into {where}:");
        foreach (var (what, count) in context.Summary.Counts)
        {
            Console.WriteLine($"  {what,-18} {count}");
        }

        Console.WriteLine($"history from {context.Origin:yyyy-MM-dd}; help requests around {new HelpSeeder(context).City}");
        Console.WriteLine("a token for a seeded moderator:");
        Console.WriteLine($"  dotnet run --project src/CommunityGrains.Host -- token --community {context.CommunityId} --member {DemoCast.ModeratorId(1)} --role MODERATOR");
    }
}
