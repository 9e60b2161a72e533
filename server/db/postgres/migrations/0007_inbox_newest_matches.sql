-- Hand-written: free text newest first without reading every match (server/cases/pg-inbox-repository.ts,
-- newestMatches). A GIN index gives its matches in no useful order, so the newest few thousand of a common
-- word's 100,000 matches cost reading them all. Each case's search vector now also holds its id's bucket, a
-- lexeme '~' and id >> 14 (16,384 ids a bucket): `words && ('~61' | '~60')` is then answered by the GIN index
-- for the newest ids alone, bucket by bucket. No typed word reaches these lexemes (words are letters and digits).
-- And every word the vectors hold is listed in inbox.lexemes: a typed word's unfinished end ('virtanen':*) is first
-- turned into the words it begins, as a GIN prefix match reads every match of each such word on every query.
CREATE TABLE inbox.lexemes (word text COLLATE "C" PRIMARY KEY);--> statement-breakpoint
-- A word's forms, each once: the same lexeme twice (a name is its own stem) is two entries of a GIN scan.
CREATE OR REPLACE FUNCTION inbox.word_query(word text) RETURNS tsquery STABLE PARALLEL SAFE LANGUAGE sql
  RETURN (SELECT string_agg(DISTINCT '(' || f::text || ')', ' | ')::tsquery FROM unnest(ARRAY[
    to_tsquery('simple'::regconfig, word), to_tsquery('simple'::regconfig, public.unaccent(word)),
    to_tsquery('finnish'::regconfig, word), to_tsquery('swedish'::regconfig, word)]) AS f WHERE f::text <> '');--> statement-breakpoint
CREATE FUNCTION inbox.id_bucket(id bigint) RETURNS tsvector IMMUTABLE STRICT PARALLEL SAFE LANGUAGE sql
  RETURN array_to_tsvector(ARRAY['~' || (id >> 14)::text]);--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox.keep_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  vec tsvector := inbox.search_vector(NEW.reference, NEW.contact_name, NEW.data_json);
BEGIN
  INSERT INTO inbox.search (submission_id, vector) VALUES (NEW.id, vec || inbox.id_bucket(NEW.id))
    ON CONFLICT (submission_id) DO UPDATE SET vector = excluded.vector;
  INSERT INTO inbox.lexemes (word) SELECT w FROM unnest(tsvector_to_array(vec)) AS w ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox.rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE inbox.tally, inbox.daily_tally, inbox.search, inbox.lexemes;
  INSERT INTO inbox.tally (authority_id, service_id, municipality_code, status, n)
    SELECT authority_id, service_id, municipality_code, status, count(*) FROM submissions WHERE removed_at IS NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO inbox.daily_tally (authority_id, day, service_id, municipality_code, status, n)
    SELECT authority_id, substr(submitted_at, 1, 10), service_id, municipality_code, status, count(*) FROM submissions WHERE removed_at IS NULL GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO inbox.search (submission_id, vector)
    SELECT id, inbox.search_vector(reference, contact_name, data_json) || inbox.id_bucket(id) FROM submissions ORDER BY id;
  INSERT INTO inbox.lexemes (word) SELECT DISTINCT w FROM inbox.search, unnest(tsvector_to_array(vector)) AS w WHERE w NOT LIKE '~%';
$$;--> statement-breakpoint
UPDATE inbox.search SET vector = vector || inbox.id_bucket(submission_id);--> statement-breakpoint
INSERT INTO inbox.lexemes (word) SELECT DISTINCT w FROM inbox.search, unnest(tsvector_to_array(vector)) AS w WHERE w NOT LIKE '~%';
