-- CommunityGrains, PostgreSQL: the query table shared by the Orleans AdoNet providers.
-- Written by us from the providers' documented contract: each provider reads its statements from OrleansQuery
-- by QueryKey at start-up, binds them by parameter name and reads result columns by name.
-- Query texts are dollar-quoted so they need no escaping. Safe to apply any number of times.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,

    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);
