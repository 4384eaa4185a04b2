-- H2 only (PostgreSQL's identity caches are per connection, which would let seq run out of order across a pool).
-- H2 writes a sequence's next reserved value to its file every CACHE values: at the default of 32, a batch of a
-- thousand answers' records stored the whole file thirty times over. The tables answers write to reserve more.
ALTER TABLE issued_answer ALTER COLUMN seq SET CACHE 10000;
ALTER TABLE explained_answer ALTER COLUMN seq SET CACHE 10000;
ALTER TABLE unanswered_question ALTER COLUMN seq SET CACHE 10000;
ALTER TABLE rating ALTER COLUMN seq SET CACHE 10000;
