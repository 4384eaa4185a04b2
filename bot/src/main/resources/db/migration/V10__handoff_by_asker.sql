-- The web chat asks, on each load and every 30 seconds while a question waits, for the hand-offs of its session's
-- asker (their replies are kept in the row for the page to fetch): found by the asker's pseudonym, not by a scan.
CREATE INDEX handoff_by_asker ON handoff (asker);
