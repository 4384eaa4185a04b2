-- Slack and Teams answers now carry signed ids that name their text's digest, so no row is kept for each answer: a text
-- notes when it was last given (at most every ten minutes), and goes a day after that. Texts kept before have none
-- (NULL) and go with the last answer kept under its id that refers to them.
ALTER TABLE explained_text ADD COLUMN given TIMESTAMP WITH TIME ZONE;
CREATE INDEX explained_text_by_given ON explained_text (given);
