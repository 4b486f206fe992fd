-- CommunityGrains, embedded SQLite: the row the host updates to sync the write-ahead log once for every grain write
-- committed before it (group commit; see SqliteCommitSync). Its count is how many syncs the file has had.
-- Safe to apply any number of times.

CREATE TABLE IF NOT EXISTS CommitSync
(
    Id    INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1),
    Syncs INTEGER NOT NULL
);

INSERT INTO CommitSync (Id, Syncs) VALUES (1, 0)
ON CONFLICT (Id) DO NOTHING;
