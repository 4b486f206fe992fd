namespace CommunityGrains.Gateway;

/// <summary>Configuration section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Exception details in responses; off everywhere unless explicitly enabled.</summary>
    public bool ExposeExceptionDetails { get; set; }

    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 2000;

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> before it is closed with 4408.</summary>
    public double ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary>Operations one WebSocket may run at once; more are refused with an error message.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;
}
