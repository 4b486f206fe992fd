namespace CommunityGrains.Gateway;

/// <summary>Configuration section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Exception details in responses; off everywhere unless explicitly enabled.</summary>
    public bool ExposeExceptionDetails { get; set; }

    /// <summary>Counted as GraphQL.NET does, fields with a selection; graphql-js 16's standard IntrospectionQuery nests 14.</summary>
    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 2000;

    /// <summary>Documents remembered for automatic persisted queries (least recently used go first).</summary>
    public int PersistedQueryCacheSize { get; set; } = 1000;

    /// <summary>Only documents in the manifest at <see cref="TrustedDocumentsPath"/> are run.</summary>
    public bool TrustedDocumentsOnly { get; set; }

    /// <summary>A JSON object from SHA-256 hash (hex) to document text, as Apollo's and graphql-codegen's client presets write it.</summary>
    public string? TrustedDocumentsPath { get; set; }

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> before it is closed with 4408.</summary>
    public double ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary>Operations one WebSocket may run at once; more are refused with an error message.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;
}
