using CommunityGrains.Host.Observability;
using CommunityGrains.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CommunityGrains.Host.Tests.Observability;

public sealed class TelemetryTests
{
    [Fact]
    public async Task With_an_OTLP_endpoint_the_host_exports_ASP_NET_Core_and_Orleans_metrics_and_request_traces()
    {
        await using var collector = await OtlpReceiver.Start();
        await using var host = await InProcessHost.Start(
            "--Storage:Provider=Memory",
            $"--Auth:SigningKey={TestTokens.SigningKey}",
            $"--{TelemetrySetup.EndpointKey}={collector.Endpoint}",
            "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf",
            "--OTEL_METRIC_EXPORT_INTERVAL=500",
            "--OTEL_BSP_SCHEDULE_DELAY=200");
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        await Poll.Until(async () =>
        {
            using var _ = await http.GetAsync("/healthz/ready");
            return collector.Saw("metrics", "http.server.request.duration")
                && collector.Saw("metrics", "orleans")
                && collector.Saw("traces", "/healthz/ready");
        }, TimeSpan.FromSeconds(30), "the collector received ASP.NET Core and Orleans metrics and a request trace");
    }

    [Fact]
    public async Task Without_an_OTLP_endpoint_nothing_is_collected()
    {
        await using var host = await InProcessHost.Start("--Storage:Provider=Memory", $"--Auth:SigningKey={TestTokens.SigningKey}");

        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Null(host.Services.GetService<TracerProvider>());
    }
}
