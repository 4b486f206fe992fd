using System.Net;
using System.Text.RegularExpressions;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>
/// What the logs of a real flow contain (every category at Information and above), and what a client sees when
/// something fails that nobody planned for. The host runs in Development, where ASP.NET Core would show details.
/// </summary>
public sealed partial class LogLeakTests(LogCaptureHost host) : IClassFixture<LogCaptureHost>
{
    private const string AnonymousAuthor = "quiet-author-7q3k";
    private const double Latitude = 31.2304167;
    private const double Longitude = 121.4737019;

    private static readonly string[] Leaks = ["   at ", "Exception", "CommunityGrains.", "Simulated", LogCaptureHost.InternalDetail, "/work/", "System."];

    [Fact]
    public async Task Logs_of_a_flow_hold_no_token_no_exact_coordinates_and_no_anonymous_author()
    {
        var community = await host.NewCommunity();
        var author = await community.Member(AnonymousAuthor);
        var forged = host.As(community.Id, "admin", Role.Admin).Token![..^6] + "AAAAAA";
        var linesBefore = host.Logs.Lines.Count;

        (await author.Send(
            "mutation($p: GeoPointInput!) { postHelpRequest(input: { id: \"exact\", kind: NEED, title: \"Water the plants\", description: \"Balcony\", location: $p }) { id area } }",
            new { p = new { latitude = Latitude, longitude = Longitude } })).EnsureSuccess();
        (await author.Send("mutation { submitFeedback(input: { channel: APP, body: \"The noise at night\", anonymous: true }) { id } }")).EnsureSuccess();
        (await community.Admin.Send("{ feedbackItems(first: 10) { nodes { id body author { id } } } }")).EnsureSuccess();
        (await author.Send("query($p: GeoPointInput!) { helpRequestsNear(near: $p) { distanceKm } }", new { p = new { latitude = Latitude, longitude = Longitude } })).EnsureSuccess();
        var withForgedToken = new GraphQLClient(host.CreateClient(), forged);
        (await withForgedToken.Send("{ me { id } }")).ExpectError(ErrorCodes.Unauthenticated);

        var lines = host.Logs.Lines.Skip(linesBefore).Where(l => l.Level >= LogLevel.Information).ToList();
        string[] secrets =
        [
            author.Token!, community.Admin.Token!, forged, forged[forged.LastIndexOf('.')..],
            "2304167", "4737019", "31.23041", "121.47370", AnonymousAuthor,
        ];
        var leaked = lines.Where(l => secrets.Any(s => l.Text.Contains(s, StringComparison.Ordinal))).ToList();
        Assert.True(leaked.Count == 0, "Log lines with a secret:\n" + string.Join("\n", leaked));
    }

    [Fact]
    public async Task A_failure_inside_a_resolver_answers_a_generic_message_whose_correlation_id_is_logged()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("unlucky");

        var response = await member.Send("mutation($n: String!) { updateProfile(input: { displayName: $n }) { id } }", new { n = LogCaptureHost.FailInGrain });

        var message = response.ExpectError(ErrorCodes.InternalError);
        AssertGenericAndLogged(message, response.Body);
    }

    [Fact]
    public async Task A_failure_outside_execution_answers_500_with_a_generic_message_whose_correlation_id_is_logged()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("unlucky");

        var response = await member.Send($"{{ {LogCaptureHost.FailBeforeExecution}: me {{ id }} }}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        var message = response.ExpectError(ErrorCodes.InternalError);
        AssertGenericAndLogged(message, response.Body);
        (await member.Send("{ me { id } }")).EnsureSuccess();
    }

    private void AssertGenericAndLogged(string message, string body)
    {
        Assert.DoesNotContain(Leaks, leak => body.Contains(leak, StringComparison.Ordinal));
        var correlationId = CorrelationId().Match(message).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(correlationId), message);
        Assert.Contains(host.Logs.Lines, l => l.Level >= LogLevel.Error && l.Text.Contains(correlationId, StringComparison.Ordinal) && l.Text.Contains("Simulated", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"correlation id ([^\s)]+)")]
    private static partial Regex CorrelationId();
}
