-- CommunityGrains, embedded SQLite: grain state for the Orleans AdoNet grain-storage provider
-- (Microsoft.Orleans.Persistence.AdoNet 10.4, invariant "System.Data.SQLite", driver Microsoft.Data.Sqlite).
-- Written by us from the provider's documented query contract:
--   parameters  @GrainIdHash @GrainIdN0 @GrainIdN1 @GrainTypeHash @GrainTypeString @GrainIdExtensionString
--               @ServiceId, plus @GrainStateVersion (the ETag, NULL before the first write) and @PayloadBinary;
--   read        returns PayloadBinary and Version (no row: no state);
--   write/clear return one row with the new version in NewGrainStateVersion, or no row when the ETag is
--               stale, which the provider turns into InconsistentStateException;
--   delete      (DeleteStorageKey, only used with DeleteStateOnClear) the same, removing the row.
-- Safe to apply any number of times.

-- The natural key is the primary key, so two activations racing to create the same state cannot both insert.
-- A missing key extension is stored as '' because SQL NULLs never collide in a unique index.
-- The hashes lead the key so that the index stays selective on its first columns.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    ServiceId              TEXT    NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainIdExtensionString TEXT    NOT NULL DEFAULT '',
    PayloadBinary          BLOB    NULL,
    ModifiedOn             TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    Version                INTEGER NOT NULL,
    PRIMARY KEY (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

-- Writes and clears commit without waiting for the disk (synchronous = NORMAL on their connection): the host
-- acknowledges them only after its next commit sync (003-commit-sync.sql), which makes every commit before it durable
-- with one sync of the write-ahead log instead of one per write. A process crash loses no commit either way.
-- Two statements, at most one of which changes a row: the UPDATE needs the stored version to equal the ETag,
-- the INSERT runs only for a grain that has never written (NULL ETag) and yields to an existing row.
-- Each is atomic on its own, so no transaction spans them.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
    PRAGMA synchronous = NORMAL;
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary, ModifiedOn = CURRENT_TIMESTAMP, Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
        AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainIdExtensionString = IFNULL(@GrainIdExtensionString, '''')
        AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;

    INSERT INTO OrleansStorage (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1,
        GrainIdExtensionString, PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
        IFNULL(@GrainIdExtensionString, ''''), @PayloadBinary, CURRENT_TIMESTAMP, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING Version AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
        AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainIdExtensionString = IFNULL(@GrainIdExtensionString, '''');
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- Clearing keeps the row and its version, so a stale activation still cannot overwrite the cleared state.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
    PRAGMA synchronous = NORMAL;
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = CURRENT_TIMESTAMP, Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
        AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainIdExtensionString = IFNULL(@GrainIdExtensionString, '''')
        AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- The provider forgets the ETag after a delete; the returned value only has to differ from the old one.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', '
    PRAGMA synchronous = NORMAL;
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
        AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainIdExtensionString = IFNULL(@GrainIdExtensionString, '''')
        AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
