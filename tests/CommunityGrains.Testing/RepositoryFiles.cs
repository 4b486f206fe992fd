namespace CommunityGrains.Testing;

/// <summary>Files of the repository, found by walking up from the running binary to the solution.</summary>
public static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "CommunityGrains.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new DirectoryNotFoundException($"CommunityGrains.sln not found above {AppContext.BaseDirectory}: run from inside the repository.");
        }
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
