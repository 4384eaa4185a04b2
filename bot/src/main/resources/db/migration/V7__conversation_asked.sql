-- The question a person last asked in a conversation, redacted, so that "ask a person" can offer to pass it on to the
-- EDI Contacts. Kept with the conversation's state, and deleted with it when the conversation closes.
ALTER TABLE conversation ADD COLUMN asked TEXT;
