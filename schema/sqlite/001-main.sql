-- CommunityGrains, embedded SQLite: the query table of the Orleans AdoNet providers.
-- Written by us from the providers' documented contract: a provider reads its statements from OrleansQuery
-- by QueryKey at start-up and binds them by parameter name, and reads result columns by name.
-- Safe to apply any number of times.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
