-- One sentence embedding per article (title and lead), computed in-process. content_hash is the article's hash when
-- the vector was computed, so that an edited article or a new model is embedded again and an unchanged one never is.
-- vector holds the floats as little-endian IEEE 754 single precision.
CREATE TABLE article_embedding (
    article_id   BIGINT  PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    model        TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    vector       BYTEA   NOT NULL,
    created      BIGINT  NOT NULL
);
