-- Slack and Teams answers now carry in their signed ids the key of their question (a keyed hash of its organisation
-- and text), so no row is written for each answer: a question is kept here once under its key, redacted, however often
-- it is asked; asked notes when it last was (at most every ten minutes), and it goes a day after that. Who asked is not
-- kept with it: a 👎 logs it as asked by whoever rated it. rated_question keeps serving the web chat's answers, whose
-- ids are not signed, and answers given before this.
CREATE TABLE asked_question (
  question_key VARCHAR(64)  NOT NULL PRIMARY KEY,
  organisation VARCHAR(200) NOT NULL,
  question     TEXT         NOT NULL,
  asked        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX asked_question_by_asked ON asked_question (asked);

-- The answer whose 👎 logged a question kept by key, so that a second 👎 on it, on any replica, logs nothing.
ALTER TABLE unanswered_question ADD COLUMN answer_id VARCHAR(200);
CREATE UNIQUE INDEX unanswered_question_by_answer ON unanswered_question (answer_id);
