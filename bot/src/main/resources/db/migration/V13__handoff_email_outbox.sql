-- "Ask an EDI Contact" by e-mail is an outbox: a hand-off to be e-mailed is kept with its e-mail PENDING, in the same
-- insert, before the send is tried, so that a server that stops or is killed leaves it for the next start (or another
-- replica) to send. email_state is null for a hand-off not passed on by e-mail, PENDING until the SMTP server takes it,
-- then SENT; email_tries counts the failed tries and email_due is when the next is due. A sender first claims the row
-- (claimed_until set only where no one holds it), so that two replicas never both send one e-mail.
ALTER TABLE handoff ADD COLUMN email_state VARCHAR(20);
ALTER TABLE handoff ADD COLUMN email_tries INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE handoff ADD COLUMN email_due TIMESTAMP WITH TIME ZONE;
ALTER TABLE handoff ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX handoff_by_email ON handoff (email_state, email_due);
