-- Custom migration (server-cases): index free text in batches. An FTS5 insert in its own
-- transaction writes and merges a segment per submission, which costs more than the rest of a
-- send; so sends only queue their id here, and server/cases/fts-index.ts indexes the queue in one
-- transaction (every second, and before any free-text search, so searches never miss a case).
DROP TRIGGER `submissions_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `submissions_fts_au`;
--> statement-breakpoint
CREATE TABLE `submissions_fts_queue` (
	`submission_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `submissions_fts_queue_ai` AFTER INSERT ON `submissions` BEGIN
	INSERT OR IGNORE INTO `submissions_fts_queue` (submission_id) VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `submissions_fts_queue_au` AFTER UPDATE OF `data_json`, `contact_name`, `reference` ON `submissions` BEGIN
	DELETE FROM `submissions_fts` WHERE rowid = old.id;
	INSERT OR IGNORE INTO `submissions_fts_queue` (submission_id) VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `submissions_fts_queue_ad` AFTER DELETE ON `submissions` BEGIN
	DELETE FROM `submissions_fts_queue` WHERE submission_id = old.id;
END;
