-- The confusable skeleton of each account name (Unicode TS #39, through ICU), so that a new name that looks like an
-- existing one ("аlice" with a Cyrillic а, "admın1") is refused. Accounts made before this migration get theirs from the
-- application on the next sign-up.
ALTER TABLE account ADD COLUMN username_skeleton TEXT;
CREATE INDEX account_by_skeleton ON account (username_skeleton);
