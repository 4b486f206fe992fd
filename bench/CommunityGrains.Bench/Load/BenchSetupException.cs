namespace CommunityGrains.Bench.Load;

/// <summary>Setup or verification went wrong: the run cannot be measured.</summary>
internal sealed class BenchSetupException(string message) : Exception(message);
