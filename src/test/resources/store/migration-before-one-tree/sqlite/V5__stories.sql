-- Stories: the coverage of one news event across outlets. The summary columns (times, counts, countries, languages)
-- are recomputed from the story's articles whenever they change, so that lists of stories need no aggregation.
-- A story merged into another keeps its row with merged_into set, so that links to it still lead somewhere.
CREATE TABLE story (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    representative_id  BIGINT  REFERENCES article (id) ON DELETE SET NULL,
    first_seen         BIGINT,
    last_seen          BIGINT,
    article_count      INTEGER NOT NULL DEFAULT 0,
    outlet_count       INTEGER NOT NULL DEFAULT 0,
    countries          TEXT    NOT NULL DEFAULT '',
    languages          TEXT    NOT NULL DEFAULT '',
    merged_into        BIGINT  REFERENCES story (id) ON DELETE SET NULL,
    created            BIGINT  NOT NULL,
    updated            BIGINT  NOT NULL
);

CREATE INDEX story_by_last_seen ON story (last_seen DESC);

-- Each article belongs to at most one story. An article without a row here is not clustered yet.
CREATE TABLE story_article (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id   BIGINT NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    assigned   BIGINT NOT NULL
);

CREATE INDEX story_article_by_story ON story_article (story_id);
