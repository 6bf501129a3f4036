-- Why the next poll is due when it is (the source's publishing rhythm, its configured interval, or back-off after
-- failures), shown to operators beside the time.
ALTER TABLE source ADD COLUMN next_poll_reason TEXT;
