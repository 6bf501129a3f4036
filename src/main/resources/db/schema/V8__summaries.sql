-- The AI panel's work for one version of an article, computed once on its first view: the extractive summary as JSON
-- (TL;DR, key points and their sentence indexes), and one embedding per sentence for "ask this article" (float16,
-- little-endian, vector_dimensions per sentence, from vector_model). content_hash is the article's hash at the time,
-- so an edited article is summarised again and an unchanged one never is.
CREATE TABLE article_summary (
    article_id        BIGINT  PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    content_hash      TEXT    NOT NULL,
    summary           TEXT    NOT NULL,
    vector_model      TEXT,
    vector_dimensions INTEGER,
    vectors           ${bytes},
    created           BIGINT  NOT NULL
);
