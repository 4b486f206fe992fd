-- A first check-in's three grain writes as Orleans' AdoNet provider sends them: three statements, three transactions,
-- three round trips (300-byte payloads: a member's state is 105-422 bytes, a study group's 237-574 in a checkin run).
\set a random(1, 20000)
\set b random(20001, 40000)
\set c random(40001, 60000)
UPDATE s SET payload = decode(repeat('cd', 300), 'hex'), modified = now(), version = version + 1 WHERE id = :a RETURNING version;
UPDATE s SET payload = decode(repeat('cd', 300), 'hex'), modified = now(), version = version + 1 WHERE id = :b RETURNING version;
UPDATE s SET payload = decode(repeat('cd', 300), 'hex'), modified = now(), version = version + 1 WHERE id = :c RETURNING version;
