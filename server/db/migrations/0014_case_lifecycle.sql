CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`submission_id` integer NOT NULL,
	`decided_at` text NOT NULL,
	`decided_by` integer,
	`text` text,
	`file_id` text,
	`file_name` text,
	`file_size` integer,
	`file_sha256` text,
	`appeal_kind` text,
	`appeal_text_json` text,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decisions_submission` ON `decisions` (`submission_id`,`id`);--> statement-breakpoint
CREATE INDEX `decisions_file` ON `decisions` (`file_id`) WHERE file_id IS NOT NULL;--> statement-breakpoint
ALTER TABLE `case_events` ADD `details_json` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `appeal_kind` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `appeal_text_json` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `due_date` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `open_due_date` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `decided_at` text;--> statement-breakpoint
-- Hand-written: the inbox's due-date sort and its "overdue" / "due this week"
-- filters walk this index (server/cases/inbox-query.ts). The status rides along after the id so a
-- due range's per-status counts are read from the index alone.
CREATE INDEX `submissions_sort_due` ON `submissions` (`authority_id`, `open_due_date`, `id`, `status`);
--> statement-breakpoint
-- Due dates of the cases sent before this migration, from their deployment's response time. SQLite
-- has no Helsinki time zone: +3 hours puts a late-evening send on its Helsinki day (in summer time
-- exactly, in winter an hour early). The template workflows' decided and final statuses are closed.
UPDATE `submissions` SET `due_date` = (
	SELECT date(`submissions`.`submitted_at`, '+3 hours', '+' || d.`respond_within_days` || ' days')
	FROM `deployments` d WHERE d.`id` = `submissions`.`deployment_id` AND d.`respond_within_days` IS NOT NULL
);
--> statement-breakpoint
-- A case removed as spam waits for no answer (server/cases/remove-spam.ts).
UPDATE `submissions` SET `open_due_date` = `due_date`
	WHERE `due_date` IS NOT NULL AND `removed_at` IS NULL AND `status` NOT IN ('DECIDED', 'CLOSED', 'CANCELLED', 'ACKNOWLEDGED');
