-- Accounts, sessions, API tokens, comments and moderation. Times are epoch milliseconds, booleans integers.
CREATE TABLE account (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL,
    username_key  TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    created       BIGINT  NOT NULL,
    banned_until  BIGINT,
    ban_reason    TEXT
);

-- A signed-in browser. id is the SHA-256 of the cookie's value, so a copy of the database opens no session.
CREATE TABLE account_session (
    id         TEXT    PRIMARY KEY,
    account_id BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    csrf       TEXT    NOT NULL,
    created    BIGINT  NOT NULL,
    expires    BIGINT  NOT NULL
);
CREATE INDEX account_session_by_account ON account_session (account_id);

CREATE TABLE api_token (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    token_hash TEXT    NOT NULL UNIQUE,
    created    BIGINT  NOT NULL,
    last_used  BIGINT
);
CREATE INDEX api_token_by_account ON api_token (account_id);

-- Failed log-ins, by the name tried and by the address, for the brute-force limit.
CREATE TABLE login_failure (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    username_key TEXT    NOT NULL,
    address      TEXT    NOT NULL,
    at           BIGINT  NOT NULL
);
CREATE INDEX login_failure_by_name ON login_failure (username_key, at);
CREATE INDEX login_failure_by_address ON login_failure (address, at);

-- status: visible, held, hidden, rejected, deleted. root_id is the thread's top comment (its own id for a top one).
CREATE TABLE comment (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id BIGINT  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    account_id BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    parent_id  BIGINT  REFERENCES comment (id),
    root_id    BIGINT,
    depth      INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    body_hash  TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    held_reason TEXT,
    address    TEXT    NOT NULL,
    created    BIGINT  NOT NULL,
    edited     BIGINT,
    likes      INTEGER NOT NULL DEFAULT 0,
    open_reports INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX comment_by_article ON comment (article_id, status, parent_id);
CREATE INDEX comment_by_root ON comment (root_id);
CREATE INDEX comment_by_account ON comment (account_id, created);
CREATE INDEX comment_by_address ON comment (address, created);
CREATE INDEX comment_queue ON comment (status, open_reports);

CREATE TABLE comment_like (
    comment_id BIGINT NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created    BIGINT NOT NULL,
    PRIMARY KEY (comment_id, account_id)
);

CREATE TABLE comment_report (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id BIGINT  NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    account_id BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    reason     TEXT    NOT NULL,
    created    BIGINT  NOT NULL,
    resolved   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (comment_id, account_id)
);

-- Words and patterns that hold a comment for review. regex = 1 for a Java regular expression.
CREATE TABLE banned_term (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    term  TEXT    NOT NULL UNIQUE,
    regex INTEGER NOT NULL
);

-- Every moderator and admin action, kept for admins to read.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          BIGINT  NOT NULL,
    actor_id    BIGINT,
    actor_name  TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    target_type TEXT    NOT NULL,
    target_id   BIGINT,
    detail      TEXT    NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at DESC, id DESC);
