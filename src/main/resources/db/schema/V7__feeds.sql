-- Why the next poll is due when it is (the source's publishing rhythm, its configured interval, or back-off after
-- failures), shown to operators beside the time.
ALTER TABLE source ADD COLUMN next_poll_reason TEXT;

-- An entry whose guid changed is matched to its article by canonical URL or by content (title and text).
CREATE INDEX article_by_canonical ON article (source_id, canonical_url);
CREATE INDEX article_by_hash ON article (source_id, content_hash);
