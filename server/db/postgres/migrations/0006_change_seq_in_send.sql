-- Hand-written (SQLite's migration 0027): a send sets its case's change_seq in the submission's own
-- INSERT and gives its 'submitted' history row that id (pg-submission-repository.ts), so the
-- trigger writes only when change_seq is not already the new row's id: the send no longer writes
-- a second version of the submission it has just inserted.
CREATE OR REPLACE FUNCTION "case_events_change_seq"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "submissions" SET "change_seq" = NEW."id" WHERE "id" = NEW."submission_id" AND "change_seq" IS DISTINCT FROM NEW."id";
	RETURN NULL;
END
$$;
