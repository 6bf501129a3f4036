-- A source's folder, as a path of names separated by '/' ("World/Europe"); NULL for none. Kept from OPML imports.
ALTER TABLE source ADD COLUMN category TEXT;
