-- When a contact's reply claimed the hand-off (status CLAIMED), while it is being delivered to the asker; null once it
-- is delivered (REPLIED) or released (SENT). A claim older than Handoffs.LEASE was left by a replica that stopped
-- before delivering it: the next reply may take it, and the admin page lists the question as waiting again.
ALTER TABLE handoff ADD COLUMN claimed TIMESTAMP WITH TIME ZONE;
