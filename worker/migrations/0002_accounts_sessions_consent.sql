-- Log-in sessions, the cédula bound to each institutional account, consent, and the audit log.

-- An OpenID Connect log-in in progress: binds the callback to the browser that started it.
CREATE TABLE login_attempt (
  id_hash TEXT PRIMARY KEY,          -- SHA-256 of the value in the __Host-cdd_login cookie
  state TEXT NOT NULL,
  nonce TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  return_to TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;

-- Server-side sessions; the cookie holds a random id, the table only its hash.
CREATE TABLE session (
  id_hash TEXT PRIMARY KEY,
  sub TEXT NOT NULL,
  email TEXT NOT NULL COLLATE NOCASE,
  name TEXT,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX session_email ON session(email);

-- The cédula an institutional account proved it owns (entered once, matched against the roster).
CREATE TABLE account (
  email TEXT PRIMARY KEY COLLATE NOCASE,
  sub TEXT NOT NULL,
  cedula TEXT NOT NULL UNIQUE,
  bound_at INTEGER NOT NULL
) STRICT;

-- Wrong cédula answers, for rate limiting (kept one hour).
CREATE TABLE cedula_attempt (
  email TEXT NOT NULL COLLATE NOCASE,
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX cedula_attempt_email ON cedula_attempt(email, at);

-- Every acceptance of the data agreement, with the exact text version and its hash.
CREATE TABLE consent (
  id INTEGER PRIMARY KEY,
  cedula TEXT NOT NULL,
  version TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  accepted_at INTEGER NOT NULL,
  withdrawn_at INTEGER
) STRICT;
CREATE INDEX consent_cedula ON consent(cedula);

-- Requests to delete personal data (LOPDP art. 15), processed by the ministry.
CREATE TABLE deletion_request (
  id INTEGER PRIMARY KEY,
  cedula TEXT NOT NULL,
  email TEXT NOT NULL,
  requested_at INTEGER NOT NULL,
  completed_at INTEGER
) STRICT;

-- Who did what, when. No personal data beyond the acting account and the subject's identifier.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT,
  detail TEXT
) STRICT;
CREATE INDEX audit_log_at ON audit_log(at);
