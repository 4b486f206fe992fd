-- The table the two pgbench scripts beside this file write to: 60,000 rows shaped like a grain's stored state.
CREATE TABLE s (id int PRIMARY KEY, version int NOT NULL, payload bytea, modified timestamptz NOT NULL DEFAULT now());
INSERT INTO s SELECT g, 1, decode(repeat('ab', 300), 'hex'), now() FROM generate_series(1, 60000) g;
