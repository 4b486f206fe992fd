using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CommunityGrains.Host.Observability;

/// <summary>
/// Metrics and traces of ASP.NET Core and Orleans, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set
/// (the standard OTEL_* variables tune the exporter). Console logs are simple text, or one JSON object per line with
/// <c>Logging:Console:FormatterName=json</c>.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "community-grains";
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meters and activity sources exported; Orleans names its own.</summary>
    public static readonly string[] Meters = ["Microsoft.Orleans", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];
    public static readonly string[] ActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static bool Exporting(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[EndpointKey]);

    public static WebApplicationBuilder AddCommunityTelemetry(this WebApplicationBuilder builder)
    {
        if (!Exporting(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(Meters))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(ActivitySources))
            .UseOtlpExporter();
        return builder;
    }
}
