-- A send only queues its case for the free-text index (as SQLite's send does, migration 0004): the
-- search vector (the answers' words as written, unaccented, and Finnish and Swedish stems) and the
-- lexemes are computed in batches by inbox.index_queued(), which the background loop runs every
-- second and a search runs before it reads, so a search never misses a case. The send, which holds
-- the change-order lock, no longer pays for them.
CREATE TABLE inbox.search_queue (submission_id bigint PRIMARY KEY);--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox.queue_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO inbox.search_queue (submission_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER inbox_search_insert ON submissions;--> statement-breakpoint
CREATE TRIGGER inbox_search_insert AFTER INSERT ON submissions FOR EACH ROW EXECUTE FUNCTION inbox.queue_search();--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox.delete_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM inbox.search WHERE submission_id = OLD.id;
  DELETE FROM inbox.search_queue WHERE submission_id = OLD.id;
  RETURN NULL;
END $$;--> statement-breakpoint
-- Indexes up to `batch` queued cases, oldest first; answers how many it took off the queue. The queue's rows are locked (not
-- skipped) so that a search waits for another instance's batch under way instead of missing its cases.
CREATE FUNCTION inbox.index_queued(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  done integer;
BEGIN
  WITH taken AS (
    DELETE FROM inbox.search_queue WHERE submission_id IN (
      SELECT submission_id FROM inbox.search_queue ORDER BY submission_id LIMIT batch FOR UPDATE)
    RETURNING submission_id),
  vectors AS (
    SELECT s.id, inbox.search_vector(s.reference, s.contact_name, s.data_json) AS vec FROM submissions s JOIN taken t ON t.submission_id = s.id),
  stored AS (
    INSERT INTO inbox.search (submission_id, vector) SELECT id, vec || inbox.id_bucket(id) FROM vectors
    ON CONFLICT (submission_id) DO UPDATE SET vector = excluded.vector RETURNING submission_id),
  words AS (
    INSERT INTO inbox.lexemes (word) SELECT DISTINCT w FROM vectors, unnest(tsvector_to_array(vec)) AS w ON CONFLICT (word) DO NOTHING)
  SELECT count(*) INTO done FROM taken;
  RETURN done;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox.rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE inbox.tally, inbox.daily_tally, inbox.search, inbox.lexemes, inbox.search_queue;
  INSERT INTO inbox.tally (authority_id, service_id, municipality_code, status, n)
    SELECT authority_id, service_id, municipality_code, status, count(*) FROM submissions WHERE removed_at IS NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO inbox.daily_tally (authority_id, day, service_id, municipality_code, status, n)
    SELECT authority_id, substr(submitted_at, 1, 10), service_id, municipality_code, status, count(*) FROM submissions WHERE removed_at IS NULL GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO inbox.search (submission_id, vector)
    SELECT id, inbox.search_vector(reference, contact_name, data_json) || inbox.id_bucket(id) FROM submissions ORDER BY id;
  INSERT INTO inbox.lexemes (word) SELECT DISTINCT w FROM inbox.search, unnest(tsvector_to_array(vector)) AS w WHERE w NOT LIKE '~%';
$$;
