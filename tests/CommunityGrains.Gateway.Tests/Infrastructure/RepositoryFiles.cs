namespace CommunityGrains.Gateway.Tests.Infrastructure;

public static class RepositoryFiles
{
    /// <summary>A file of the repository, found by walking up from the test binary to the solution.</summary>
    public static string Path(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "CommunityGrains.sln")))
        {
            directory = directory.Parent;
        }

        return System.IO.Path.Combine([directory?.FullName ?? throw new DirectoryNotFoundException("CommunityGrains.sln not found"), .. parts]);
    }
}
