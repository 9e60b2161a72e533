-- Hardening (rate limits in the database, sign-in codes kept encrypted, staff idle timeout, spam removal).
-- WITHOUT ROWID added by hand: the counters are looked up by key only, so one B-tree serves them.
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_ends` integer NOT NULL,
	`count` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
ALTER TABLE `outbox` ADD `secret` text;--> statement-breakpoint
CREATE INDEX `outbox_secret` ON `outbox` (`created_at`) WHERE secret IS NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `last_seen_at` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `removed_at` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `removed_by` integer REFERENCES users(id);--> statement-breakpoint
-- Hand-written: a case removed as spam leaves the inbox's counts as it leaves its pages
-- (server/cases/remove-spam.ts); it is never put back, and a removed case changes no more.
CREATE TRIGGER `inbox_tally_removed` AFTER UPDATE OF `removed_at` ON `submissions`
	WHEN old.removed_at IS NULL AND new.removed_at IS NOT NULL BEGIN
	UPDATE `inbox_tally` SET n = n - 1
		WHERE authority_id = old.authority_id AND service_id = old.service_id AND municipality_code = old.municipality_code AND status = old.status;
	UPDATE `inbox_daily_tally` SET n = n - 1
		WHERE authority_id = old.authority_id AND day = substr(old.submitted_at, 1, 10) AND service_id = old.service_id
			AND municipality_code = old.municipality_code AND status = old.status;
END;
