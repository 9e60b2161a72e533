-- The integration feed's change order (server/API.md, "Integration"; server/integration/case-feed.ts).
ALTER TABLE `submissions` ADD `change_seq` integer;--> statement-breakpoint
-- Hand-written: every case gets its place in the integration feed's change order, the id of its
-- latest history row that the feed counts as a change (server/API.md, "Integration"); cases
-- without one (rows made outside the send path) stay out of the feed until they change.
UPDATE `submissions` SET `change_seq` = (
	SELECT max(e.id) FROM `case_events` e
	WHERE e.submission_id = `submissions`.id AND e.kind IN ('submitted', 'status', 'supplement', 'message')
);--> statement-breakpoint
CREATE INDEX `submissions_changes` ON `submissions` (`authority_id`,`change_seq`);--> statement-breakpoint
-- Hand-written: each new such row moves its case to the end of the change order, in the same
-- transaction as the change itself (case_events.id only grows: AUTOINCREMENT). Notes and
-- assignments are the desk's own work and move nothing. The kinds are the feed's
-- (api-contract/integration.ts FEED_CHANGE_KINDS).
CREATE TRIGGER `case_events_change_seq` AFTER INSERT ON `case_events`
	WHEN new.kind IN ('submitted', 'status', 'supplement', 'message') BEGIN
	UPDATE `submissions` SET `change_seq` = new.id WHERE id = new.submission_id;
END;
