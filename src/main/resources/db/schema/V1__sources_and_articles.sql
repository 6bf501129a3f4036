-- Times are epoch milliseconds (BIGINT) on every database, so that queries need no dialect-specific date handling.
CREATE TABLE source (
    id                   ${identity},
    name                 TEXT    NOT NULL,
    homepage             TEXT,
    feed_url             TEXT    NOT NULL UNIQUE,
    country              TEXT,
    language             TEXT,
    display              TEXT    NOT NULL,
    poll_interval_s      BIGINT  NOT NULL,
    paused               INTEGER NOT NULL DEFAULT 0,
    etag                 TEXT,
    last_modified        TEXT,
    last_attempt         BIGINT,
    last_success         BIGINT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error_code      TEXT,
    last_error_message   TEXT,
    next_poll            BIGINT,
    created              BIGINT  NOT NULL
);

CREATE TABLE article (
    id            ${identity},
    source_id     BIGINT  NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    url           TEXT    NOT NULL,
    canonical_url TEXT,
    guid          TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    byline        TEXT,
    published     BIGINT,
    updated       BIGINT,
    fetched       BIGINT  NOT NULL,
    sort_time     BIGINT  NOT NULL,
    language      TEXT,
    text          TEXT    NOT NULL,
    html          TEXT    NOT NULL,
    excerpt       TEXT    NOT NULL,
    image         TEXT,
    word_count    INTEGER NOT NULL,
    content_hash  TEXT    NOT NULL,
    UNIQUE (source_id, guid)
);

CREATE INDEX article_by_time ON article (sort_time DESC, id DESC);
CREATE INDEX article_by_source_time ON article (source_id, sort_time DESC, id DESC);
CREATE INDEX article_by_url ON article (source_id, url);
