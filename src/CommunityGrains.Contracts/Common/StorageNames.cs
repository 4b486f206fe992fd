namespace CommunityGrains.Contracts.Common;

public static class StorageNames
{
    /// <summary>The grain storage every grain uses: SQLite, PostgreSQL or memory, chosen by the host.</summary>
    public const string Default = "store";
}
