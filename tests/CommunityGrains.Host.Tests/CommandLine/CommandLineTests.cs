using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CommunityGrains.Host.Tests.Infrastructure;

namespace CommunityGrains.Host.Tests.CommandLine;

/// <summary>The program's verbs as a user meets them in a shell: the built host run as a child process.</summary>
public sealed class CommandLineTests
{
    private static readonly string[] Verbs = ["serve", "token", "migrate", "seed", "schema"];

    [Fact]
    public async Task Help_lists_every_verb_and_exits_0_without_starting_anything()
    {
        using var directory = new TempDirectory("cg-cli");

        var (exitCode, output) = await HostProcess.RunVerb(directory.Path, "--help");

        Assert.True(exitCode == 0, output);
        Assert.All(Verbs, verb => Assert.Matches($@"(?m)^\s+{verb}\s", output));
        Assert.Contains("--Storage:Provider=Postgres", output);
        // A host that started would have created its SQLite file and signing key under data/.
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Fact]
    public async Task A_verb_s_help_lists_its_options()
    {
        using var directory = new TempDirectory("cg-cli");

        var (exitCode, output) = await HostProcess.RunVerb(directory.Path, "seed", "--help");

        Assert.True(exitCode == 0, output);
        Assert.All(["--members", "--community", "--time-zone"], option => Assert.Contains(option, output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Theory]
    [InlineData("unknown verb 'tokn'", "tokn", "--community", "demo")]
    [InlineData("--hours: 'abc' is not a number of hours", "token", "--community", "demo", "--member", "alice", "--hours", "abc")]
    [InlineData("--role: 'BOSS' is not MEMBER, MODERATOR or ADMIN", "token", "--community", "demo", "--member", "alice", "--role", "BOSS")]
    [InlineData("--community' is required", "token", "--member", "alice")]
    [InlineData("unknown option '--hour' for token", "token", "--community", "demo", "--member", "alice", "--hour", "5")]
    [InlineData("--members: '5' is not a whole number from 10 to 100000", "seed", "--members", "5")]
    [InlineData("--time-zone: 'Mars/Olympus' is not a known IANA time zone", "seed", "--members", "10", "--time-zone", "Mars/Olympus")]
    [InlineData("'--urls' needs a value", "--urls")]
    public async Task A_mistake_on_the_command_line_is_one_clear_line_and_exit_code_2(string expected, params string[] arguments)
    {
        using var directory = new TempDirectory("cg-cli");

        var (exitCode, output) = await HostProcess.RunVerb(directory.Path, arguments);

        Assert.True(exitCode == 2, $"exit code {exitCode}: {output}");
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.Contains("--help", line);
        Assert.DoesNotContain("Exception", line);
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Fact]
    public async Task A_token_from_the_verb_is_accepted_by_a_host_with_the_same_key_and_lasts_the_hours_asked()
    {
        using var directory = new TempDirectory("cg-cli");
        string[] configuration = ["--Storage:Provider=Memory", $"--Auth:SigningKey={TestTokens.SigningKey}"];
        await using var host = await HostProcess.Start(directory.Path, configuration);

        var (exitCode, output) = await HostProcess.RunVerb(
            directory.Path, ["token", "--community", "cli", "--member", "alice", "--role", "admin", "--hours", "0.5", .. configuration]);

        Assert.True(exitCode == 0, output);
        var token = output.Trim();
        var data = await host.GraphQL("""mutation { createCommunity(input: { id: "cli", name: "Cli", timeZone: "Europe/Paris" }) { id } }""", token);
        Assert.Equal("cli", data.GetProperty("createCommunity").GetProperty("id").GetString());
        var claims = Claims(token);
        Assert.Equal("alice", claims.GetProperty("sub").GetString());
        Assert.Equal("ADMIN", claims.GetProperty("role").GetString());
        Assert.Equal(1800, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task Seed_draws_its_progress_on_a_terminal_and_not_into_a_redirected_output()
    {
        using var directory = new TempDirectory("cg-cli");
        string[] seed = ["seed", "--members", "10", "--community", "cli", "--Storage:Provider=Memory"];

        var terminal = await OnTerminal(directory.Path, [.. seed, $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={FreePort.Next()}"]);
        var (exitCode, redirected) = await HostProcess.RunVerb(
            directory.Path, [.. seed, $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={FreePort.Next()}"]);

        Assert.Matches(@"\rday 30/30: 10 members, \d+ groups, \d+ proposals, \d+ votes, \d+\.\d s", terminal);
        Assert.True(exitCode == 0, redirected);
        Assert.Contains("seeded community 'cli'", redirected);
        Assert.DoesNotContain("\r", redirected);
        Assert.DoesNotContain("members, ", redirected);
    }

    /// <summary>Runs the host under <c>script</c>, which gives it a pseudo-terminal as its standard output.</summary>
    private static async Task<string> OnTerminal(string workingDirectory, string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var command = string.Join(' ', new[] { dotnet, HostProcess.HostAssembly }.Concat(arguments).Select(a => $"'{a}'"));
        var start = new ProcessStartInfo("script", ["--quiet", "--return", "--command", command, "/dev/null"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(HostProcess.StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;
        Assert.True(process.ExitCode == 0, text);
        return text;
    }

    private static JsonElement Claims(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=')));
        return JsonDocument.Parse(json).RootElement;
    }
}
