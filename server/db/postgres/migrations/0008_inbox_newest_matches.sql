-- Hand-written: free text newest first without reading every match (server/cases/pg-inbox-repository.ts,
-- newestMatches). A GIN index gives its matches in no useful order, so the newest few thousand of a common
-- word's 100,000 matches cost reading them all. Each case's search vector now also holds its id's bucket, a
-- lexeme '~' and id >> 14 (16,384 ids a bucket): `words && ('~61' | '~60')` is then answered by the GIN index
-- for the newest ids alone, bucket by bucket. No typed word reaches these lexemes (words are letters and digits).
CREATE FUNCTION inbox.id_bucket(id bigint) RETURNS tsvector IMMUTABLE STRICT PARALLEL SAFE LANGUAGE sql
  RETURN array_to_tsvector(ARRAY['~' || (id >> 14)::text]);--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox.keep_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO inbox.search (submission_id, vector) VALUES (NEW.id, inbox.search_vector(NEW.reference, NEW.contact_name, NEW.data_json) || inbox.id_bucket(NEW.id))
    ON CONFLICT (submission_id) DO UPDATE SET vector = excluded.vector;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox.rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE inbox.tally, inbox.daily_tally, inbox.search;
  INSERT INTO inbox.tally (authority_id, service_id, municipality_code, status, n)
    SELECT authority_id, service_id, municipality_code, status, count(*) FROM submissions WHERE removed_at IS NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO inbox.daily_tally (authority_id, day, service_id, municipality_code, status, n)
    SELECT authority_id, substr(submitted_at, 1, 10), service_id, municipality_code, status, count(*) FROM submissions WHERE removed_at IS NULL GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO inbox.search (submission_id, vector)
    SELECT id, inbox.search_vector(reference, contact_name, data_json) || inbox.id_bucket(id) FROM submissions ORDER BY id;
$$;--> statement-breakpoint
UPDATE inbox.search SET vector = vector || inbox.id_bucket(submission_id);
