using System.Text.Json;
using CommunityGrains.Host.Tests.Infrastructure;

namespace CommunityGrains.Host.Tests.Observability;

public sealed class ConsoleLogTests
{
    [Fact]
    public async Task With_the_json_formatter_every_console_line_is_a_json_log_entry()
    {
        using var directory = new TempDirectory();
        await using var host = await HostProcess.Start(directory.Path,
        [
            "--Storage:Provider=Memory",
            $"--Auth:SigningKey={TestTokens.SigningKey}",
            "--Logging:Console:FormatterName=json",
        ]);

        var lines = host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.True(JsonDocument.Parse(line).RootElement.TryGetProperty("LogLevel", out _), line));
    }
}
