-- Hand-written: what SQLite keeps beside the drizzle schema for the send path, in PostgreSQL.
-- KV-<year>-<sequence>: one row per year, bumped inside the send's transaction (its row lock
-- orders the sends of a year across instances; a rolled-back send gives its number back).
CREATE TABLE "reference_counters" (
	"year" bigint PRIMARY KEY NOT NULL,
	"last" bigint NOT NULL
);--> statement-breakpoint
-- A database that already holds sends numbers on from its highest reference of each year.
INSERT INTO "reference_counters" ("year", "last")
	SELECT substring("reference" from 4 for 4)::bigint, max(substring("reference" from 9)::bigint)
	FROM "submissions" WHERE "reference" ~ '^KV-[0-9]{4}-[0-9]{6,}$'
	GROUP BY 1;--> statement-breakpoint
-- The integration feed's change order (SQLite's migration 0023): each new history row of a kind the
-- feed counts moves its case to the end, in the same transaction as the change itself.
UPDATE "submissions" SET "change_seq" = (
	SELECT max(e."id") FROM "case_events" e
	WHERE e."submission_id" = "submissions"."id" AND e."kind" IN ('submitted', 'status', 'supplement', 'message')
);--> statement-breakpoint
CREATE FUNCTION "case_events_change_seq"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "submissions" SET "change_seq" = NEW."id" WHERE "id" = NEW."submission_id";
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "case_events_change_seq" AFTER INSERT ON "case_events"
	FOR EACH ROW WHEN (NEW."kind" IN ('submitted', 'status', 'supplement', 'message'))
	EXECUTE FUNCTION "case_events_change_seq"();
