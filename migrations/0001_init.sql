-- perinat's caseload in PostgreSQL, schema version 1.
-- Records are kept as the embedded store keeps them: the store codec's bytes (one
-- schema-version byte, then bincode 2), so both stores read and write the very same
-- records. Ids sort as bytes (COLLATE "C"), as in the embedded store, so that lists
-- and exports come out in the same order whichever store holds the caseload.

CREATE TABLE schema_version (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);

-- Small facts of the caseload: the pseudonym key.
CREATE TABLE meta (
    key text COLLATE "C" PRIMARY KEY,
    value bytea NOT NULL
);

-- The practice's tariff and region additions: one row.
CREATE TABLE settings (
    id integer PRIMARY KEY CHECK (id = 1),
    record bytea NOT NULL
);

CREATE TABLE providers (
    id text COLLATE "C" PRIMARY KEY,
    record bytea NOT NULL
);

CREATE TABLE cases (
    id text COLLATE "C" PRIMARY KEY,
    record bytea NOT NULL
);

-- The month index: the cases that may have services dated in a month (YYYY-MM), so
-- that a month's report reads those cases only.
CREATE TABLE case_months (
    month text COLLATE "C" NOT NULL,
    case_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (month, case_id)
);
CREATE INDEX case_months_by_case ON case_months (case_id);

-- The audit trail. seq comes from audit_seq, taken under the writers' lock, so it
-- grows in the order changes are committed. db_role is the database role that wrote
-- the entry (the record names the client's Unix user).
CREATE SEQUENCE audit_seq;
CREATE TABLE audit (
    seq bigint PRIMARY KEY,
    record bytea NOT NULL,
    db_role text NOT NULL DEFAULT session_user,
    written_at timestamptz NOT NULL DEFAULT now()
);

-- The audit entries of each case (kept after the case is deleted).
CREATE TABLE case_history (
    case_id text COLLATE "C" NOT NULL,
    seq bigint NOT NULL,
    PRIMARY KEY (case_id, seq)
);
