-- The same three writes sent together and committed once: what a batching grain-storage provider would send.
\set a random(1, 20000)
\set b random(20001, 40000)
\set c random(40001, 60000)
\startpipeline
BEGIN;
UPDATE s SET payload = decode(repeat('cd', 300), 'hex'), modified = now(), version = version + 1 WHERE id = :a RETURNING version;
UPDATE s SET payload = decode(repeat('cd', 300), 'hex'), modified = now(), version = version + 1 WHERE id = :b RETURNING version;
UPDATE s SET payload = decode(repeat('cd', 300), 'hex'), modified = now(), version = version + 1 WHERE id = :c RETURNING version;
COMMIT;
\endpipeline
