using CommunityGrains.Host.Storage;
using Npgsql;

namespace CommunityGrains.Host.Tests.Storage;

public sealed class PostgresConnectionTuningTests
{
    [Fact]
    public void Pooled_connections_skip_the_session_reset_and_prepare_the_storage_statements()
    {
        var tuned = new NpgsqlConnectionStringBuilder(StorageOptions.TunedForOrleans("Host=db;Username=community;Password=secret;Database=community"));

        Assert.True(tuned.NoResetOnClose);
        Assert.True(tuned.MaxAutoPrepare > 0);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("secret", tuned.Password);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;NoResetOnClose=false;MaxAutoPrepare=0")]
    public void Settings_the_operator_wrote_win(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(StorageOptions.TunedForOrleans(connectionString));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
