namespace CommunityGrains.Gateway;

/// <summary>Configuration section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Exception details in responses; off everywhere unless explicitly enabled.</summary>
    public bool ExposeExceptionDetails { get; set; }

    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 2000;
}
