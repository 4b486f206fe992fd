namespace CommunityGrains.Grains.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Plain http:// URLs are refused unless set (for a receiver on a private test network).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>URLs resolving to loopback, private or link-local addresses are refused unless set (no SSRF into the cluster).</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Scales the retry schedule (5 s, 30 s, 2 min, ...); tests shrink it.</summary>
    public TimeSpan BackoffUnit { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A receiver that has not answered 2xx by then has failed this attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
