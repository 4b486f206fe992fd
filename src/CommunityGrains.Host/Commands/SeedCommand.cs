using System.CommandLine;
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
    public static Command Create()
    {
        var members = new Option<int>("--members")
        {
            Description = $"How many members to create ({SeedOptions.MinMembers}..{SeedOptions.MaxMembers}).",
            Required = true,
            CustomParser = argument =>
            {
                var text = argument.Tokens.Single().Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= SeedOptions.MinMembers and <= SeedOptions.MaxMembers)
                {
                    return count;
                }

                argument.AddError($"--members: '{text}' is not a whole number from {SeedOptions.MinMembers} to {SeedOptions.MaxMembers}.");
                return default;
            },
        };
        var community = CommandOptions.Id("--community", "The community to create and fill.", defaultValue: "demo");
        var zone = new Option<string>("--time-zone")
        {
            Description = "The community's IANA time zone.",
            HelpName = "zone",
            DefaultValueFactory = _ => "Europe/Paris",
            CustomParser = argument => CommandOptions.Checked(argument, value => InputLimits.TimeZone(value, "--time-zone").Id),
        };

        var command = HostCommandLine.Verb(
            "seed",
            "Fills a community with a month of demo life on the embedded SQLite file (or memory). Stop the server first: " +
            "the seed runs its own silo on the same file and silo port.");
        command.Options.Add(members);
        command.Options.Add(community);
        command.Options.Add(zone);
        command.SetAction((result, _) => Run(
            new SeedOptions(result.GetRequiredValue(community), result.GetValue(members), result.GetRequiredValue(zone)),
            HostCommandLine.ConfigurationOf(result)));
        return command;
    }

    private static async Task<int> Run(SeedOptions options, string[] args)
    {
        var configuration = ConfigurationArguments.Configuration(args);
        var storage = StorageOptions.From(configuration);
        if (storage.Provider == StorageProvider.Postgres)
        {
            await Console.Error.WriteLineAsync(
                "seed refuses PostgreSQL: its silo would join the running cluster and spread the back-dated history over hosts " +
                "that use the real clock. Seed an embedded SQLite file (the default) or the memory provider.");
            return HostCommandLine.UsageError;
        }

        var stopwatch = Stopwatch.StartNew();
        var progress = SeedProgress.ForConsole(stopwatch);
        try
        {
            var context = await Seed(configuration, storage, options, progress);
            progress?.Dispose();
            Print(context, storage, stopwatch.Elapsed);
            return 0;
        }
        catch (InvalidOperationException e)
        {
            progress?.Dispose();
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        finally
        {
            progress?.Dispose();
        }
    }

    /// <summary>Starts a silo on <paramref name="storage"/> with the seed clock, plays the demo and stops the silo.</summary>
    public static async Task<SeedContext> Seed(IConfiguration configuration, StorageOptions storage, SeedOptions options, SeedProgress? progress)
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
            return await DemoSeeder.Run(host.Services.GetRequiredService<IGrainFactory>(), clock, options, progress);
        }
        finally
        {
            await host.StopAsync();
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
