using System.Text.Json;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>The community the workload runs in, the admin who set it up, and a way to read from any host.</summary>
public sealed record WorkloadContext(OutcomeClient Client, string CommunityId, string AdminToken)
{
    /// <summary>Where setup and checks send their requests; tests point it at a host that is up.</summary>
    public Uri Host { get; set; } = new("http://127.0.0.1");

    /// <summary>A request that must be acknowledged, retried for a while when it fails (setup runs against fresh hosts).</summary>
    public async Task<JsonElement> Must(string token, string query, object? variables = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (outcome, code, message, data) = await Client.Send(Host, token, query, variables);
            if (outcome == Outcome.Acknowledged)
            {
                return data;
            }

            if (outcome == Outcome.Refused || attempt == 40)
            {
                throw new InvalidOperationException($"{query} on {Host}: {outcome} {code} {message}");
            }

            await Task.Delay(250);
        }
    }
}

/// <summary>A member as the checks read them: profile, balance and the whole points ledger (newest first).</summary>
public sealed record MemberSnapshot(string Id, string DisplayName, int Points, int LifetimePoints, IReadOnlyList<LedgerEntry> Ledger);

public sealed record LedgerEntry(string Action, int Points, string Reason);
