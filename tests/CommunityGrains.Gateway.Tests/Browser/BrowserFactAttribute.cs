namespace CommunityGrains.Gateway.Tests.Browser;

/// <summary>
/// A test that drives the system Chromium. Skipped with a reason on a machine without it, except on CI
/// (CI=true), where a missing browser is a failure because .ci/run installs it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ChromiumPath) && !onCi)
        {
            Skip = $"{ChromiumPath} is missing: install it (apt-get install chromium) to run the browser tests.";
        }
    }
}
