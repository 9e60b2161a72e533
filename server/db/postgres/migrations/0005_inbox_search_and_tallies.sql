-- Hand-written: the handler inbox on PostgreSQL (server/cases/pg-inbox-repository.ts). What SQLite
-- keeps in its own FTS and tally tables is kept here in the schema "inbox", beside the tables the
-- drizzle schema describes (so that those stay the same tables as SQLite's), kept by triggers.
-- inbox.rebuild() derives it all again from the submissions (after a bulk copy without triggers).
-- Accents dropped as SQLite's unicode61 tokenizer drops them (remove_diacritics): "bjorn" finds Björn.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS inbox;--> statement-breakpoint
-- The walks of the inbox's sorts and filters, (authority, column, id) as on SQLite; a removed case is in no inbox.
CREATE INDEX submissions_inbox_service ON submissions (authority_id, service_id, id) WHERE removed_at IS NULL;--> statement-breakpoint
CREATE INDEX submissions_inbox_municipality ON submissions (authority_id, municipality_code, id) WHERE removed_at IS NULL;--> statement-breakpoint
CREATE INDEX submissions_inbox_assigned ON submissions (authority_id, assignee_id, id) WHERE assignee_id IS NOT NULL AND removed_at IS NULL;--> statement-breakpoint
CREATE INDEX submissions_sort_status_since ON submissions (authority_id, status_since COLLATE "C", id) WHERE removed_at IS NULL;--> statement-breakpoint
-- SQLite's NOCASE: ASCII letters folded (then compared by code point, COLLATE "C").
CREATE FUNCTION inbox.nocase(value text) RETURNS text IMMUTABLE STRICT PARALLEL SAFE LANGUAGE sql
  RETURN translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');--> statement-breakpoint
CREATE INDEX submissions_sort_customer ON submissions (authority_id, (inbox.nocase(contact_name) COLLATE "C"), id) WHERE removed_at IS NULL;--> statement-breakpoint
-- The status with the due date: a due range is counted per status from this index alone.
CREATE INDEX submissions_sort_due ON submissions (authority_id, open_due_date COLLATE "C", id) INCLUDE (status) WHERE removed_at IS NULL;--> statement-breakpoint
-- A date range of an authority's cases, read here and sorted when it holds few of them.
CREATE INDEX submissions_inbox_submitted ON submissions (authority_id, submitted_at COLLATE "C") WHERE removed_at IS NULL;--> statement-breakpoint
-- Per-status counts by service, municipality and status, and also by sending day (UTC).
CREATE TABLE inbox.tally (
  authority_id text NOT NULL, service_id text NOT NULL, municipality_code text NOT NULL, status text NOT NULL, n bigint NOT NULL,
  PRIMARY KEY (authority_id, service_id, municipality_code, status)
);--> statement-breakpoint
CREATE TABLE inbox.daily_tally (
  authority_id text NOT NULL, day text NOT NULL, service_id text NOT NULL, municipality_code text NOT NULL, status text NOT NULL, n bigint NOT NULL,
  PRIMARY KEY (authority_id, day, service_id, municipality_code, status)
);--> statement-breakpoint
-- A submission's searchable text: its reference, the customer's name and the answers' scalar values.
-- Punctuation inside references, addresses and dates splits words, as SQLite's unicode61 tokenizer splits them.
CREATE FUNCTION inbox.search_text(reference text, contact_name text, data_json text) RETURNS text IMMUTABLE PARALLEL SAFE LANGUAGE sql
  RETURN translate(concat_ws(' ', reference, contact_name,
    (SELECT string_agg(v #>> '{}', ' ') FROM jsonb_path_query(data_json::jsonb, 'strict $.**') AS v WHERE jsonb_typeof(v) IN ('string', 'number'))),
    '-@./_:+', '       ');--> statement-breakpoint
-- Every word as written (names, references), without its accents, and as Finnish and Swedish stems (inflected forms).
CREATE FUNCTION inbox.words(value text) RETURNS tsvector STABLE PARALLEL SAFE LANGUAGE sql
  RETURN to_tsvector('simple'::regconfig, value) || to_tsvector('simple'::regconfig, public.unaccent(value))
    || to_tsvector('finnish'::regconfig, value) || to_tsvector('swedish'::regconfig, value);--> statement-breakpoint
CREATE FUNCTION inbox.search_vector(reference text, contact_name text, data_json text) RETURNS tsvector STABLE PARALLEL SAFE LANGUAGE sql
  RETURN inbox.words(inbox.search_text(reference, contact_name, data_json));--> statement-breakpoint
-- One word of what a handler types ('word' or 'word':*) in each of the index's forms.
CREATE FUNCTION inbox.word_query(word text) RETURNS tsquery STABLE PARALLEL SAFE LANGUAGE sql
  RETURN to_tsquery('simple'::regconfig, word) || to_tsquery('simple'::regconfig, public.unaccent(word))
    || to_tsquery('finnish'::regconfig, word) || to_tsquery('swedish'::regconfig, word);--> statement-breakpoint
CREATE TABLE inbox.search (submission_id bigint PRIMARY KEY, vector tsvector NOT NULL);--> statement-breakpoint
CREATE INDEX inbox_search_vector ON inbox.search USING gin (vector);--> statement-breakpoint
CREATE FUNCTION inbox.count_in(s submissions, delta bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO inbox.tally AS t (authority_id, service_id, municipality_code, status, n)
    VALUES (s.authority_id, s.service_id, s.municipality_code, s.status, delta)
    ON CONFLICT (authority_id, service_id, municipality_code, status) DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO inbox.daily_tally AS t (authority_id, day, service_id, municipality_code, status, n)
    VALUES (s.authority_id, substr(s.submitted_at, 1, 10), s.service_id, s.municipality_code, s.status, delta)
    ON CONFLICT (authority_id, day, service_id, municipality_code, status) DO UPDATE SET n = t.n + excluded.n;
$$;--> statement-breakpoint
-- A case counts while it is not removed as spam; a step moves its count from one status to the other.
CREATE FUNCTION inbox.keep_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.removed_at IS NULL THEN PERFORM inbox.count_in(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.removed_at IS NULL THEN PERFORM inbox.count_in(NEW, 1); END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER inbox_tally_insert_delete AFTER INSERT OR DELETE ON submissions FOR EACH ROW EXECUTE FUNCTION inbox.keep_tally();--> statement-breakpoint
CREATE TRIGGER inbox_tally_update AFTER UPDATE OF status, authority_id, service_id, municipality_code, submitted_at, removed_at ON submissions FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.authority_id IS DISTINCT FROM NEW.authority_id OR OLD.service_id IS DISTINCT FROM NEW.service_id
    OR OLD.municipality_code IS DISTINCT FROM NEW.municipality_code OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at OR OLD.removed_at IS DISTINCT FROM NEW.removed_at)
  EXECUTE FUNCTION inbox.keep_tally();--> statement-breakpoint
CREATE FUNCTION inbox.keep_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO inbox.search (submission_id, vector) VALUES (NEW.id, inbox.search_vector(NEW.reference, NEW.contact_name, NEW.data_json))
    ON CONFLICT (submission_id) DO UPDATE SET vector = excluded.vector;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER inbox_search_insert AFTER INSERT ON submissions FOR EACH ROW EXECUTE FUNCTION inbox.keep_search();--> statement-breakpoint
CREATE TRIGGER inbox_search_update AFTER UPDATE OF reference, contact_name, data_json ON submissions FOR EACH ROW
  WHEN (OLD.reference IS DISTINCT FROM NEW.reference OR OLD.contact_name IS DISTINCT FROM NEW.contact_name OR OLD.data_json IS DISTINCT FROM NEW.data_json)
  EXECUTE FUNCTION inbox.keep_search();--> statement-breakpoint
CREATE FUNCTION inbox.delete_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM inbox.search WHERE submission_id = OLD.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER inbox_search_delete AFTER DELETE ON submissions FOR EACH ROW EXECUTE FUNCTION inbox.delete_search();--> statement-breakpoint
-- The tallies and the search index derived again from every submission, in one transaction.
CREATE FUNCTION inbox.rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE inbox.tally, inbox.daily_tally, inbox.search;
  INSERT INTO inbox.tally (authority_id, service_id, municipality_code, status, n)
    SELECT authority_id, service_id, municipality_code, status, count(*) FROM submissions WHERE removed_at IS NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO inbox.daily_tally (authority_id, day, service_id, municipality_code, status, n)
    SELECT authority_id, substr(submitted_at, 1, 10), service_id, municipality_code, status, count(*) FROM submissions WHERE removed_at IS NULL GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO inbox.search (submission_id, vector) SELECT id, inbox.search_vector(reference, contact_name, data_json) FROM submissions;
$$;--> statement-breakpoint
SELECT inbox.rebuild();
