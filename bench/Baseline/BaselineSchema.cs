namespace CommunityGrains.Baseline;

/// <summary>The tables a conventional team would write: unique constraints for "once", counter rows for totals.</summary>
public static class BaselineSchema
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS members (
            id text PRIMARY KEY,
            display_name text NOT NULL,
            points int NOT NULL DEFAULT 0,
            lifetime_points int NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS study_groups (
            id text PRIMARY KEY,
            name text NOT NULL,
            goal text NOT NULL);
        CREATE TABLE IF NOT EXISTS group_members (
            group_id text NOT NULL REFERENCES study_groups,
            member_id text NOT NULL REFERENCES members,
            current_streak int NOT NULL DEFAULT 0,
            longest_streak int NOT NULL DEFAULT 0,
            last_check_in date,
            PRIMARY KEY (group_id, member_id));
        CREATE TABLE IF NOT EXISTS check_ins (
            id bigserial PRIMARY KEY,
            group_id text NOT NULL,
            member_id text NOT NULL,
            day date NOT NULL,
            note text,
            at timestamptz NOT NULL,
            UNIQUE (group_id, member_id, day),
            FOREIGN KEY (group_id, member_id) REFERENCES group_members);
        CREATE TABLE IF NOT EXISTS proposals (
            id text PRIMARY KEY,
            title text NOT NULL,
            status text NOT NULL);
        CREATE TABLE IF NOT EXISTS tallies (
            proposal_id text PRIMARY KEY REFERENCES proposals,
            votes_for int NOT NULL DEFAULT 0,
            votes_against int NOT NULL DEFAULT 0,
            votes_abstain int NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS votes (
            proposal_id text NOT NULL REFERENCES proposals,
            member_id text NOT NULL REFERENCES members,
            choice text NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
            PRIMARY KEY (proposal_id, member_id));
        """;

    public const string Seed = """
        INSERT INTO members (id, display_name)
            SELECT 'm' || i, 'Member ' || i FROM generate_series(0, @members - 1) i ON CONFLICT DO NOTHING;
        INSERT INTO study_groups (id, name, goal)
            SELECT 'g' || i, 'Group ' || i, 'Practice every day' FROM generate_series(0, @groups - 1) i ON CONFLICT DO NOTHING;
        INSERT INTO group_members (group_id, member_id)
            SELECT 'g' || g, 'm' || ((g * @size + k) % @members)
            FROM generate_series(0, @groups - 1) g, generate_series(0, @size - 1) k ON CONFLICT DO NOTHING;
        INSERT INTO proposals (id, title, status)
            SELECT 'p' || i, 'Proposal ' || i, 'VOTING' FROM generate_series(0, @proposals - 1) i ON CONFLICT DO NOTHING;
        INSERT INTO tallies (proposal_id)
            SELECT 'p' || i FROM generate_series(0, @proposals - 1) i ON CONFLICT DO NOTHING;
        """;
}
