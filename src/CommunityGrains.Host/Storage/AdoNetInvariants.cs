namespace CommunityGrains.Host.Storage;

/// <summary>The ADO.NET provider names Orleans' AdoNet providers recognise.</summary>
public static class AdoNetInvariants
{
    /// <summary>
    /// Orleans 10.4 knows SQLite only under this historical name, which it resolves to
    /// <c>Microsoft.Data.Sqlite.SqliteFactory</c>; "Microsoft.Data.Sqlite" itself is refused as unsupported.
    /// </summary>
    public const string Sqlite = "System.Data.SQLite";

    public const string Postgres = "Npgsql";
}
