namespace CommunityGrains.Host.Tests.Infrastructure;

/// <summary>
/// A fact that needs a local PostgreSQL: skipped with a reason when the server binaries are missing,
/// except on CI (<c>CI=true</c>), where the <see cref="PostgresServer"/> fixture then fails the test instead.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.BinDirectory is null && !PostgresServer.Required)
        {
            Skip = PostgresServer.MissingMessage;
        }
    }
}
