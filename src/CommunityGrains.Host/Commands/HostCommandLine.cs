using System.CommandLine;
using System.CommandLine.Help;

namespace CommunityGrains.Host.Commands;

/// <summary>
/// The program's verbs. Without a verb it serves (as <c>serve</c> does). <c>--help</c> explains every verb; a mistyped
/// verb, an unknown option or a bad value is refused with one line on stderr and exit code 2, before anything starts.
/// </summary>
public static class HostCommandLine
{
    public const int UsageError = 2;

    public static readonly string[] Verbs = ["serve", "token", "migrate", "seed", "schema"];

    private const string ConfigurationHelp =
        "After the options, arguments such as --Storage:Provider=Postgres or --urls http://127.0.0.1:5081 set configuration " +
        "for the server and for every verb, as appsettings.json and environment variables (Storage__Provider) do.";

    public static async Task<int> Run(string[] args)
    {
        var result = Create().Parse(args);
        if (result.Action is not HelpAction && Problem(result) is { } problem)
        {
            await Console.Error.WriteLineAsync($"error: {problem} (see --help)");
            return UsageError;
        }

        // Exceptions keep their usual path: the test host (WebApplicationFactory) stops the entry point with one.
        // SIGTERM and Ctrl-C stay the host's: its graceful shutdown finishes the requests in flight and exits with 0,
        // where System.CommandLine's own handler would give up after two seconds with exit code 143.
        return await result.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    public static RootCommand Create()
    {
        var root = new RootCommand($"CommunityGrains host: an Orleans silo and the GraphQL gateway. Without a verb it serves. {ConfigurationHelp}")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((result, _) => ServiceHost.Run(ConfigurationOf(result)));
        var serve = new Command("serve", "Runs the silo and the GraphQL gateway until stopped (the default).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction((result, _) => ServiceHost.Run(ConfigurationOf(result)));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(TokenCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        return root;
    }

    /// <summary>A verb that takes configuration after its own options.</summary>
    public static Command Verb(string name, string description) =>
        new(name, description) { TreatUnmatchedTokensAsErrors = false };

    /// <summary>The arguments that are configuration, for <see cref="ConfigurationArguments.Configuration"/> or the web host.</summary>
    public static string[] ConfigurationOf(ParseResult result) => [.. result.UnmatchedTokens];

    private static string? Problem(ParseResult result)
    {
        if (result.Errors.Count > 0)
        {
            return string.Join("; ", result.Errors.Select(e => e.Message));
        }

        var command = result.CommandResult.Command;
        return ConfigurationArguments.Problem(result.UnmatchedTokens, command is RootCommand ? "serve" : command.Name, command is RootCommand);
    }
}
