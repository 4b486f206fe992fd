using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>Details of an unexpected failure reach a client only when an operator asks for them.</summary>
public sealed class ExceptionDetailsTests(ExposedDetailsHost host) : IClassFixture<ExposedDetailsHost>
{
    [Fact]
    public async Task With_ExposeExceptionDetails_a_failure_shows_what_went_wrong_beside_the_correlation_id()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("debugger");

        var response = await member.Send("mutation($n: String!) { updateProfile(input: { displayName: $n }) { id } }", new { n = LogCaptureHost.FailInGrain });

        Assert.Contains("correlation id", response.ExpectError(ErrorCodes.InternalError), StringComparison.Ordinal);
        Assert.Contains("Simulated bug", response.Body, StringComparison.Ordinal);
    }
}
