using System.Net;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Domain.Tests.Webhooks;

public sealed class WebhookRulesTests
{
    private static readonly DateTimeOffset First = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retries_back_off_then_go_hourly_and_stop_after_a_day()
    {
        var backoff = WebhookBackoff.Standard;

        var waits = Enumerable.Range(1, 6).Select(a => backoff.After(a, First, First)).ToList();

        Assert.Equal([5, 30, 120, 600, 3600, 3600], waits.Select(w => w!.Value.TotalSeconds));
        Assert.Null(backoff.After(30, First, First.AddHours(23.5)));
    }

    [Fact]
    public void The_signature_is_hex_hmac_of_id_timestamp_and_body()
    {
        // The same HMAC computed independently: printf 'msg_1.1700000000.{}' | openssl dgst -sha256 -hmac secret
        Assert.Equal("v1,039a08ac9c573c1fcf9142d2a15bb47b8921bcf8aaa45f6f9639a19122a0d052", WebhookSignature.Sign("secret", "msg_1", 1700000000, "{}"));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("93.184.216.34", false)]
    [InlineData("2606:2800:220:1::1", false)]
    public void Internal_addresses_are_recognised(string address, bool expected) =>
        Assert.Equal(expected, WebhookAddress.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("/relative")]
    [InlineData("ftp://example.com/hook")]
    [InlineData("http://example.com/hook")]
    [InlineData("https://user:pw@example.com/hook")]
    public void Urls_other_than_absolute_https_are_refused(string url) =>
        Assert.Throws<InvalidInputException>(() => WebhookAddress.Parse(url, "input.url", allowHttp: false));
}
