-- What a hand-off passes on: a QUESTION (offered after a refusal, a 👎 or on request), or a DISCLOSURE, a report of harm
-- the person chose to pass on from Signpost's support reply, which is never offered to be saved as a curated answer.
ALTER TABLE handoff ADD COLUMN kind VARCHAR(20) DEFAULT 'QUESTION' NOT NULL;
