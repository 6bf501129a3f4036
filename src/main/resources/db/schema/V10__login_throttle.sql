-- Log-in throttling per (name, address) and per address, instead of locking a name for everyone (issue 20): failures
-- are counted for the pair, and the addresses an account has signed in from are remembered, so that failures from
-- elsewhere slow a name down there but never lock its owner out.
CREATE INDEX login_failure_by_name_and_address ON login_failure (username_key, address, at);

CREATE TABLE login_address (
    account_id   BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    address      TEXT    NOT NULL,
    last_success BIGINT  NOT NULL,
    PRIMARY KEY (account_id, address)
);
CREATE INDEX login_address_by_time ON login_address (last_success);
