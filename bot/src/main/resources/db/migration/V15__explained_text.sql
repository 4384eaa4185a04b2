-- The text of an answer "Why?" explains (its JSON without its id), kept once however often it is given: the answer
-- cache gives the same answer again and again under new ids, and writing its whole text with each id was most of the
-- store's work under load. digest is the SHA-256 of the text, in hexadecimal. A text goes once no answer refers to it.
CREATE TABLE explained_text (
  digest VARCHAR(64) NOT NULL PRIMARY KEY,
  answer TEXT        NOT NULL
);

-- An answer kept from now on refers to its text; one kept before holds its whole JSON in answer, as it did.
ALTER TABLE explained_answer ADD COLUMN digest VARCHAR(64);
ALTER TABLE explained_answer ADD CONSTRAINT explained_answer_text FOREIGN KEY (digest) REFERENCES explained_text (digest);
ALTER TABLE explained_answer ALTER COLUMN answer DROP NOT NULL;
CREATE INDEX explained_answer_by_digest ON explained_answer (digest);
