-- perinat's caseload in PostgreSQL, schema version 2 (issue 12).
-- No table changes: a provider record (store codec schema 3) may now carry the Unix
-- login of the person who is that provider. Records written by this version cannot be
-- read by a perinat of schema version 1, which this version number makes refuse the
-- database cleanly ("a newer perinat") instead of reading records it does not know.
-- Older records stay as they are: they are read with no login, and rewritten in the
-- new form the next time they change.

COMMENT ON TABLE providers IS
    'perinat providers: id, and the record in the store codec (schema 3 and later may hold a login)';
