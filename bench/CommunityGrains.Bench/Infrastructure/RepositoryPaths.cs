namespace CommunityGrains.Bench.Infrastructure;

/// <summary>Where the host and baseline assemblies are: built beside the bench (same configuration) by its project references.</summary>
internal static class RepositoryPaths
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string HostDll => Built("src/CommunityGrains.Host", "CommunityGrains.Host.dll");

    public static string BaselineDll => Built("bench/Baseline", "Baseline.dll");

    private static string Built(string project, string assembly)
    {
        var path = RepositoryFiles.Path(project, "bin", Configuration, "net10.0", assembly);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: build with `dotnet build -c {Configuration} bench/CommunityGrains.Bench`.");
    }
}
