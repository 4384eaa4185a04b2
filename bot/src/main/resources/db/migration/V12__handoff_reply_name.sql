-- The name an EDI Contact chose to show with their reply ("The EDI Contacts (Priya) replied"); null, the default, when
-- the reply is from the role alone. Kept with the hand-off, for its 90 days, so that whichever replica or channel shows
-- the reply (the web chat fetches it from this row) shows it as the contact chose.
ALTER TABLE handoff ADD COLUMN reply_name VARCHAR(200);
