namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// A host whose clock starts on 30 October 2026 at 12:00 UTC, two days before America/St_Johns leaves daylight time
/// (1 November 2026, 02:00 NDT) and hours before Pacific/Kiritimati (UTC+14) ends October.
/// </summary>
public sealed class TimeZoneEdgeHost : TestHost
{
    public static readonly DateTimeOffset Begin = new(2026, 10, 30, 12, 0, 0, TimeSpan.Zero);

    public TimeZoneEdgeHost() : base(Begin)
    {
    }
}
