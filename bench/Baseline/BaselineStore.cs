using Npgsql;

namespace CommunityGrains.Baseline;

/// <summary>Each operation is one short transaction on a pooled connection, the way most services are written.</summary>
public sealed class BaselineStore(NpgsqlDataSource db)
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public async Task CreateSchema()
    {
        await using var command = db.CreateCommand(BaselineSchema.Sql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task Seed(SeedRequest seed)
    {
        await using var command = db.CreateCommand(BaselineSchema.Seed);
        command.Parameters.AddWithValue("members", seed.Members);
        command.Parameters.AddWithValue("groups", seed.Groups);
        command.Parameters.AddWithValue("size", seed.GroupSize);
        command.Parameters.AddWithValue("proposals", seed.Proposals);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<TallyView?> Vote(string proposalId, string memberId, string choice)
    {
        var column = Column(choice);
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var status = await Scalar<string>(connection, "SELECT status FROM proposals WHERE id = $1", proposalId);
        if (status != "VOTING")
        {
            return null;
        }

        var previous = await Scalar<string>(connection, "SELECT choice FROM votes WHERE proposal_id = $1 AND member_id = $2 FOR UPDATE", proposalId, memberId);
        string tallyUpdate;
        if (previous is null)
        {
            await Execute(connection, "INSERT INTO votes (proposal_id, member_id, choice) VALUES ($1, $2, $3)", proposalId, memberId, choice);
            await Execute(connection, "UPDATE members SET points = points + 3, lifetime_points = lifetime_points + 3 WHERE id = $1", memberId);
            tallyUpdate = $"UPDATE tallies SET {column} = {column} + 1 WHERE proposal_id = $1";
        }
        else if (previous != choice)
        {
            await Execute(connection, "UPDATE votes SET choice = $3 WHERE proposal_id = $1 AND member_id = $2", proposalId, memberId, choice);
            var old = Column(previous);
            tallyUpdate = $"UPDATE tallies SET {column} = {column} + 1, {old} = {old} - 1 WHERE proposal_id = $1";
        }
        else
        {
            tallyUpdate = string.Empty;
        }

        var tally = await ReadTally(connection, tallyUpdate + " RETURNING proposal_id, votes_for, votes_against, votes_abstain", proposalId, previous is null || previous != choice);
        await transaction.CommitAsync();
        return tally;
    }

    public async Task<CheckInView?> CheckIn(string groupId, string memberId, string? note)
    {
        var now = DateTimeOffset.UtcNow;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO check_ins (group_id, member_id, day, note, at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (group_id, member_id, day) DO UPDATE SET note = excluded.note
            RETURNING id, at, (xmax = 0) AS inserted
            """, connection);
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = groupId });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = memberId });
        insert.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
        insert.Parameters.Add(new NpgsqlParameter { Value = (object?)note ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        long id;
        DateTimeOffset at;
        bool inserted;
        try
        {
            await using var reader = await insert.ExecuteReaderAsync();
            await reader.ReadAsync();
            (id, at, inserted) = (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetBoolean(2));
        }
        catch (PostgresException notInGroup) when (notInGroup.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            return null;
        }

        if (inserted)
        {
            await using var streak = new NpgsqlCommand(
                """
                UPDATE group_members SET
                    current_streak = CASE WHEN last_check_in = $3 - 1 THEN current_streak + 1 ELSE 1 END,
                    longest_streak = GREATEST(longest_streak, CASE WHEN last_check_in = $3 - 1 THEN current_streak + 1 ELSE 1 END),
                    last_check_in = $3
                WHERE group_id = $1 AND member_id = $2
                """, connection);
            streak.Parameters.Add(new NpgsqlParameter<string> { TypedValue = groupId });
            streak.Parameters.Add(new NpgsqlParameter<string> { TypedValue = memberId });
            streak.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
            await streak.ExecuteNonQueryAsync();
            await Execute(connection, "UPDATE members SET points = points + 2, lifetime_points = lifetime_points + 2 WHERE id = $1", memberId);
        }

        await transaction.CommitAsync();
        return new CheckInView(id, groupId, memberId, memberId, day, at, note);
    }

    public async Task<GroupView?> Group(string id)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime);
        await using var connection = await db.OpenConnectionAsync();
        await using var group = new NpgsqlCommand("SELECT name, goal FROM study_groups WHERE id = $1", connection);
        group.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        string name, goal;
        await using (var reader = await group.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
            {
                return null;
            }

            (name, goal) = (reader.GetString(0), reader.GetString(1));
        }

        var streaks = new List<MemberStreakView>();
        await using (var members = new NpgsqlCommand(
            """
            SELECT gm.member_id, m.display_name, gm.current_streak, gm.longest_streak, gm.last_check_in
            FROM group_members gm JOIN members m ON m.id = gm.member_id WHERE gm.group_id = $1 ORDER BY gm.member_id
            """, connection))
        {
            members.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
            await using var reader = await members.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                streaks.Add(new MemberStreakView(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)));
            }
        }

        var checkIns = new List<CheckInView>();
        await using (var today = new NpgsqlCommand(
            """
            SELECT c.id, c.member_id, m.display_name, c.at, c.note
            FROM check_ins c JOIN members m ON m.id = c.member_id WHERE c.group_id = $1 AND c.day = $2 ORDER BY c.at
            """, connection))
        {
            today.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
            today.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
            await using var reader = await today.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                checkIns.Add(new CheckInView(reader.GetInt64(0), id, reader.GetString(1), reader.GetString(2), day,
                    reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        return new GroupView(id, name, goal, streaks, checkIns);
    }

    public async Task<ProposalView?> Proposal(string id)
    {
        await using var command = db.CreateCommand(
            """
            SELECT p.title, p.status, t.votes_for, t.votes_against, t.votes_abstain
            FROM proposals p JOIN tallies t ON t.proposal_id = p.id WHERE p.id = $1
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var (votesFor, against, abstain) = (reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
        return new ProposalView(id, reader.GetString(0), reader.GetString(1), new TallyView(id, votesFor, against, abstain, votesFor + against + abstain));
    }

    public async Task<MemberView?> Member(string id)
    {
        await using var command = db.CreateCommand("SELECT display_name, points, lifetime_points FROM members WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new MemberView(id, reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)) : null;
    }

    private static string Column(string choice) => choice switch
    {
        "FOR" => "votes_for",
        "AGAINST" => "votes_against",
        "ABSTAIN" => "votes_abstain",
        _ => throw new BadHttpRequestException("choice must be FOR, AGAINST or ABSTAIN"),
    };

    private static async Task<TallyView?> ReadTally(NpgsqlConnection connection, string sql, string proposalId, bool changed)
    {
        await using var command = new NpgsqlCommand(changed ? sql : "SELECT proposal_id, votes_for, votes_against, votes_abstain FROM tallies WHERE proposal_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = proposalId });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var (votesFor, against, abstain) = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        return new TallyView(reader.GetString(0), votesFor, against, abstain, votesFor + against + abstain);
    }

    private static async Task<T?> Scalar<T>(NpgsqlConnection connection, string sql, params string[] values) where T : class
    {
        await using var command = Command(connection, sql, values);
        return await command.ExecuteScalarAsync() as T;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params string[] values)
    {
        await using var command = Command(connection, sql, values);
        await command.ExecuteNonQueryAsync();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, string[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value });
        }

        return command;
    }
}
