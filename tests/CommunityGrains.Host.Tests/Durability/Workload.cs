using System.Collections.Concurrent;
using System.Diagnostics;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// Many members, each working through a script of mutations one request at a time, all members at once, spread over
/// one or several hosts. Every request is recorded as acknowledged, refused or failed. A member whose request failed
/// moves on (as an impatient app would) and <see cref="RetryUnacknowledged"/> later sends the very same requests again.
/// When a host stops answering at all, its members go to the next host, like a load balancer would send them.
/// </summary>
public sealed class Workload(IReadOnlyList<Uri> hosts, IReadOnlyList<WorkloadMember> members) : IDisposable
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);
    private static readonly HashSet<string> Malformed = ["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_USER_INPUT"];

    private readonly OutcomeClient _client = new(TimeSpan.FromSeconds(30));
    private readonly Dictionary<WorkloadMember, List<Operation>> _scripts = members.ToDictionary(m => m, _ => new List<Operation>());
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly ConcurrentDictionary<Operation, long> _acknowledged = new();
    private readonly ConcurrentDictionary<WorkloadMember, int> _route = new();
    private readonly HashSet<Uri> _avoid = [];
    private long _ackOrder;

    public IReadOnlyList<WorkloadMember> Members => members;

    public IReadOnlyCollection<Attempt> Attempts => _attempts;

    public int AcknowledgedCount => _acknowledged.Count;

    public IEnumerable<Operation> Operations => _scripts.Values.SelectMany(script => script);

    /// <summary>Appends one operation to every member's script; <paramref name="next"/> gets the member and the operation's sequence number.</summary>
    public void Plan(Func<WorkloadMember, int, (string Kind, string Subject, string Value, string Query, object Variables)?> next)
    {
        foreach (var (member, script) in _scripts)
        {
            if (next(member, script.Count) is var (kind, subject, value, query, variables))
            {
                script.Add(new Operation(member, script.Count, kind, subject, value, query, variables));
            }
        }
    }

    /// <summary>No new requests go to <paramref name="host"/> (requests already in flight to it are not touched).</summary>
    public void Avoid(Uri host)
    {
        lock (_avoid)
        {
            _avoid.Add(host);
        }
    }

    /// <summary>Sends each not yet acknowledged operation once, every member in parallel, until the scripts end or <paramref name="stop"/>.</summary>
    public Task Drive(CancellationToken stop, TimeSpan? pause = null) =>
        Task.WhenAll(members.Select(member => Task.Run(async () =>
        {
            foreach (var operation in _scripts[member].Where(o => !_acknowledged.ContainsKey(o)).ToList())
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                await Send(operation);
                if (pause is { } delay)
                {
                    await Task.Delay(delay, CancellationToken.None);
                }
            }
        }, CancellationToken.None)));

    /// <summary>Resends, in each member's order, everything not acknowledged until all of it is, or fails after <paramref name="timeout"/>.</summary>
    public async Task RetryUnacknowledged(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(members.Select(member => Task.Run(async () =>
        {
            foreach (var operation in _scripts[member].Where(o => !_acknowledged.ContainsKey(o)).ToList())
            {
                while (await Send(operation) != Outcome.Acknowledged && clock.Elapsed < timeout)
                {
                    if (_attempts.Last(a => a.Operation == operation) is { Code: { } code } last && Malformed.Contains(code))
                    {
                        throw new InvalidOperationException($"The workload itself is wrong, no retry will help: {operation}: {code} {last.Message}");
                    }

                    await Task.Delay(RetryPause);
                }
            }
        })));

        var missing = Operations.Where(o => !_acknowledged.ContainsKey(o)).ToList();
        if (missing.Count > 0)
        {
            var last = missing.Take(5).Select(o => $"{o}: {_attempts.LastOrDefault(a => a.Operation == o)?.Code} {_attempts.LastOrDefault(a => a.Operation == o)?.Message}");
            throw new TimeoutException($"{missing.Count} operations still not acknowledged after {timeout.TotalSeconds} s of retries:\n{string.Join('\n', last)}");
        }
    }

    /// <summary>
    /// For every member and subject of <paramref name="kind"/>, the value of the change acknowledged last. A member's
    /// requests never overlap, so acknowledgement order is the order the changes were applied in.
    /// </summary>
    public Dictionary<(string Member, string Subject), string> LastAcknowledged(string kind) =>
        _acknowledged
            .Where(a => a.Key.Kind == kind)
            .GroupBy(a => (a.Key.Member.Id, a.Key.Subject))
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Value).Key.Value);

    /// <summary>The requests that failed among those started at or after <paramref name="since"/>.</summary>
    public IReadOnlyList<Attempt> FailuresSince(DateTimeOffset since) =>
        _attempts.Where(a => a.Outcome == Outcome.Failed && a.Started >= since).OrderBy(a => a.Ended).ToList();

    /// <summary>Counts per kind and outcome (and failure code), for the test output.</summary>
    public string Summary() =>
        string.Join('\n', _attempts
            .GroupBy(a => $"{a.Operation.Kind,-16} {a.Outcome,-12} {a.Code}")
            .OrderBy(g => g.Key)
            .Select(g => $"  {g.Key}: {g.Count()}"));

    public void Dispose() => _client.Dispose();

    private async Task<Outcome> Send(Operation operation)
    {
        var host = Route(operation.Member);
        var started = DateTimeOffset.UtcNow;
        var (outcome, code, message, _, http) = await _client.SendWithStatus(host, operation.Member.Token, operation.Query, operation.Variables);
        _attempts.Enqueue(new Attempt(operation, host, outcome, started, DateTimeOffset.UtcNow, code, message) { Status = http.Status, RetryAfter = http.RetryAfter });
        if (outcome == Outcome.Acknowledged)
        {
            _acknowledged.TryAdd(operation, Interlocked.Increment(ref _ackOrder));
        }
        else if (code is nameof(HttpRequestException))
        {
            // Nobody listens there: the balancer takes this member elsewhere.
            _route.AddOrUpdate(operation.Member, 1, (_, hop) => hop + 1);
        }

        return outcome;
    }

    private Uri Route(WorkloadMember member)
    {
        lock (_avoid)
        {
            var hop = _route.GetValueOrDefault(member);
            for (var i = 0; i < hosts.Count; i++)
            {
                var host = hosts[(member.Index + hop + i) % hosts.Count];
                if (!_avoid.Contains(host))
                {
                    return host;
                }
            }

            return hosts[(member.Index + hop) % hosts.Count];
        }
    }
}
