-- The EDI team's sign-in to /admin, shared by every replica: a sign-in started (the state sent to the OpenID provider,
-- with its nonce and PKCE verifier) until its callback takes it, and sessions by the SHA-256 of their cookie, never
-- the cookie itself. Both are kept until they expire, and removed when the next sign-in starts.
CREATE TABLE admin_sign_in (
  state    VARCHAR(100) NOT NULL PRIMARY KEY,
  nonce    VARCHAR(100) NOT NULL,
  verifier VARCHAR(100) NOT NULL,
  expires  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX admin_sign_in_by_expires ON admin_sign_in (expires);

CREATE TABLE admin_session (
  token_hash   VARCHAR(64)  NOT NULL PRIMARY KEY,
  subject      VARCHAR(500) NOT NULL,
  display_name VARCHAR(500) NOT NULL,
  claim_values TEXT         NOT NULL,
  csrf         VARCHAR(100) NOT NULL,
  expires      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX admin_session_by_expires ON admin_session (expires);
