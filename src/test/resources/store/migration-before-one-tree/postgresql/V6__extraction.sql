-- An operator's CSS selector naming the article body on this source's pages (it overrides content detection);
-- NULL for none.
ALTER TABLE source ADD COLUMN content_rule TEXT;
-- Why the stored body may be incomplete: 'TRUNCATED' (the page gave much less than the feed) or 'PAYWALLED' (the page
-- is marked for subscribers); NULL when nothing looks wrong.
ALTER TABLE article ADD COLUMN content_flag TEXT;
