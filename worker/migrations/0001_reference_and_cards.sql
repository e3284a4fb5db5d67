-- Reference data (districts, schools), the roster of eligible staff, and issued cards.

CREATE TABLE district (
  code TEXT PRIMARY KEY,            -- e.g. 17D04
  name TEXT NOT NULL,
  province_code TEXT NOT NULL,      -- 01..24
  province TEXT NOT NULL,
  canton TEXT NOT NULL,
  zone INTEGER NOT NULL
) STRICT;

CREATE TABLE school (
  amie TEXT PRIMARY KEY,            -- e.g. 17H00662
  name TEXT NOT NULL,
  district TEXT NOT NULL REFERENCES district(code),
  province TEXT NOT NULL,
  canton TEXT NOT NULL,
  parish TEXT NOT NULL,
  regime TEXT NOT NULL CHECK (regime IN ('sierra', 'costa')),
  area TEXT NOT NULL CHECK (area IN ('urbana', 'rural'))
) STRICT;
CREATE INDEX school_district ON school(district);

-- One row per eligible person, as imported from the ministry's roster.
CREATE TABLE roster (
  cedula TEXT PRIMARY KEY,
  given_names TEXT NOT NULL,
  surnames TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  post TEXT NOT NULL CHECK (post IN ('docente', 'rector', 'vicerrector', 'director', 'subdirector', 'inspector', 'subinspector')),
  modality TEXT NOT NULL,
  amie TEXT NOT NULL,
  district TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('activo', 'inactivo')),
  updated_at INTEGER NOT NULL
) STRICT;

-- Issued cards. status_index is the card's bit in the status list; it is never reused.
CREATE TABLE card (
  id TEXT PRIMARY KEY,              -- the jti
  cedula TEXT NOT NULL,
  status_index INTEGER NOT NULL UNIQUE,
  kid TEXT NOT NULL,
  device_key TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  not_before INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER,
  revoked_reason TEXT,
  jws TEXT NOT NULL                 -- the signed card, so the holder can fetch it again
) STRICT;
CREATE INDEX card_cedula ON card(cedula);
CREATE INDEX card_revoked ON card(revoked_at) WHERE revoked_at IS NOT NULL;

-- Allocator for status list indices (one row).
CREATE TABLE status_list_counter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  next_index INTEGER NOT NULL
) STRICT;
INSERT INTO status_list_counter (id, next_index) VALUES (1, 0);
