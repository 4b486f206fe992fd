namespace CommunityGrains.Gateway.GraphiQL;

/// <summary>Configuration section <c>GraphiQL</c>.</summary>
public sealed class GraphiQLOptions
{
    public const string Section = "GraphiQL";

    /// <summary>Null means on in Development and off elsewhere.</summary>
    public bool? Enabled { get; set; }
}
