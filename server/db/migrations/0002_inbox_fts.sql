-- Custom migration (server-cases): the handler inbox's free-text index, per-status counts and the
-- yearly reference-number counter. Kept out of schema.ts because drizzle has no FTS5 support;
-- every table here is maintained by triggers or by server/submissions and server/cases only.

-- Free text over reference, customer name and the answers' scalar values (not their keys).
-- Contentless: the index holds only tokens, the text stays in `submissions`.
CREATE VIRTUAL TABLE `submissions_fts` USING fts5(
	reference, customer_name, answers,
	content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `submissions_fts_ai` AFTER INSERT ON `submissions` BEGIN
	INSERT INTO `submissions_fts` (rowid, reference, customer_name, answers) VALUES (
		new.id, new.reference, new.contact_name,
		(SELECT group_concat(value, ' ') FROM json_tree(new.data_json) WHERE type IN ('text', 'integer', 'real'))
	);
END;
--> statement-breakpoint
CREATE TRIGGER `submissions_fts_au` AFTER UPDATE OF `data_json`, `contact_name`, `reference` ON `submissions` BEGIN
	DELETE FROM `submissions_fts` WHERE rowid = old.id;
	INSERT INTO `submissions_fts` (rowid, reference, customer_name, answers) VALUES (
		new.id, new.reference, new.contact_name,
		(SELECT group_concat(value, ' ') FROM json_tree(new.data_json) WHERE type IN ('text', 'integer', 'real'))
	);
END;
--> statement-breakpoint
CREATE TRIGGER `submissions_fts_ad` AFTER DELETE ON `submissions` BEGIN
	DELETE FROM `submissions_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
-- Per-status counts of an authority's inbox, so the status tabs cost one small read at any size.
CREATE TABLE `inbox_counts` (
	`authority_id` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY (`authority_id`, `status`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `inbox_counts_ai` AFTER INSERT ON `submissions` BEGIN
	INSERT INTO `inbox_counts` (authority_id, status, n) VALUES (new.authority_id, new.status, 1)
		ON CONFLICT (authority_id, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inbox_counts_au` AFTER UPDATE OF `status`, `authority_id` ON `submissions`
	WHEN old.status IS NOT new.status OR old.authority_id IS NOT new.authority_id BEGIN
	UPDATE `inbox_counts` SET n = n - 1 WHERE authority_id = old.authority_id AND status = old.status;
	INSERT INTO `inbox_counts` (authority_id, status, n) VALUES (new.authority_id, new.status, 1)
		ON CONFLICT (authority_id, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inbox_counts_ad` AFTER DELETE ON `submissions` BEGIN
	UPDATE `inbox_counts` SET n = n - 1 WHERE authority_id = old.authority_id AND status = old.status;
END;
--> statement-breakpoint
-- Inbox filters page by id inside one authority; these keep each filter a range scan.
CREATE INDEX `submissions_inbox_service` ON `submissions` (`authority_id`, `service_id`, `id`);
--> statement-breakpoint
CREATE INDEX `submissions_inbox_municipality` ON `submissions` (`authority_id`, `municipality_code`, `id`);
--> statement-breakpoint
CREATE INDEX `submissions_inbox_assignee` ON `submissions` (`authority_id`, `assignee_id`, `id`);
--> statement-breakpoint
-- KV-<year>-<sequence>: one row per year, bumped inside the submission's transaction.
CREATE TABLE `reference_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
-- Deadline-near alerts are raised once per submission.
CREATE UNIQUE INDEX `outbox_once_per_kind` ON `outbox` (`submission_id`, `kind`) WHERE kind = 'deadline_near';
