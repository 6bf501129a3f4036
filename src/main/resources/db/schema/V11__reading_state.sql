-- Per-account reading state for the sync APIs (Fever, Google Reader) and the personal pages. Times are epoch
-- milliseconds, booleans integers.

-- A password for a reader app, never the account's main one. secret_hash is the SHA-256 of the secret; fever_key is
-- the MD5 of "username:secret", which the Fever protocol sends as its api_key and which cannot be derived from the
-- one-way hash, so it is kept from creation; reader_token_hash is the SHA-256 of the Google Reader Auth token that
-- ClientLogin hands out for this password. Deleting the row stops all three at once.
CREATE TABLE app_password (
    id                ${identity},
    account_id        BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    label             TEXT    NOT NULL,
    secret_hash       TEXT    NOT NULL UNIQUE,
    fever_key         TEXT    NOT NULL UNIQUE,
    reader_token_hash TEXT    NOT NULL UNIQUE,
    created           BIGINT  NOT NULL,
    last_used         BIGINT
);
CREATE INDEX app_password_by_account ON app_password (account_id);

-- Read and starred (saved) state. No row means unread and not starred.
CREATE TABLE article_state (
    account_id BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    article_id BIGINT  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    is_read    INTEGER NOT NULL DEFAULT 0,
    starred    INTEGER NOT NULL DEFAULT 0,
    changed    BIGINT  NOT NULL,
    PRIMARY KEY (account_id, article_id)
);
CREATE INDEX article_state_starred ON article_state (account_id, starred);

-- An account follows every source until it unfollows one: a row with following = 0. following = 1 records an explicit
-- follow, which changes nothing for the APIs today.
CREATE TABLE source_follow (
    account_id BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    source_id  BIGINT  NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    following  INTEGER NOT NULL,
    changed    BIGINT  NOT NULL,
    PRIMARY KEY (account_id, source_id)
);
