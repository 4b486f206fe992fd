namespace CommunityGrains.Host.Storage;

/// <summary>The ADO.NET provider names Orleans' AdoNet providers recognise.</summary>
public static class AdoNetInvariants
{
    public const string Sqlite = "Microsoft.Data.Sqlite";
    public const string Postgres = "Npgsql";
}
