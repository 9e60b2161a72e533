-- Custom migration (server-cases): server-side inbox sorting and counts under filters.
-- Sort indexes: each keeps a sorted inbox page a short walk at any size (server/cases/inbox-query.ts).
-- Service and municipality come back (dropped in 0005): the service and municipality sorts walk
-- one (authority, value, id) range per value, and a rare value must not cost a scan of the authority.
CREATE INDEX `submissions_sort_status_since` ON `submissions` (`authority_id`, `status_since`, `id`);
--> statement-breakpoint
CREATE INDEX `submissions_sort_customer` ON `submissions` (`authority_id`, `contact_name` COLLATE NOCASE, `id`);
--> statement-breakpoint
CREATE INDEX `submissions_inbox_service` ON `submissions` (`authority_id`, `service_id`, `id`);
--> statement-breakpoint
CREATE INDEX `submissions_inbox_municipality` ON `submissions` (`authority_id`, `municipality_code`, `id`);
--> statement-breakpoint
-- Counts per status under service, municipality and date filters: `inbox_tally` replaces
-- `inbox_counts` with finer rows (still one row written per send), `inbox_daily_tally` adds the
-- sending day (UTC) for date ranges.
DROP TRIGGER `inbox_counts_ai`;
--> statement-breakpoint
DROP TRIGGER `inbox_counts_au`;
--> statement-breakpoint
DROP TRIGGER `inbox_counts_ad`;
--> statement-breakpoint
DROP TABLE `inbox_counts`;
--> statement-breakpoint
CREATE TABLE `inbox_tally` (
	`authority_id` text NOT NULL,
	`service_id` text NOT NULL,
	`municipality_code` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY (`authority_id`, `service_id`, `municipality_code`, `status`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `inbox_daily_tally` (
	`authority_id` text NOT NULL,
	`day` text NOT NULL,
	`service_id` text NOT NULL,
	`municipality_code` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY (`authority_id`, `day`, `service_id`, `municipality_code`, `status`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `inbox_tally` (authority_id, service_id, municipality_code, status, n)
	SELECT authority_id, service_id, municipality_code, status, count(*) FROM `submissions` GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO `inbox_daily_tally` (authority_id, day, service_id, municipality_code, status, n)
	SELECT authority_id, substr(submitted_at, 1, 10), service_id, municipality_code, status, count(*) FROM `submissions` GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
CREATE TRIGGER `inbox_tally_ai` AFTER INSERT ON `submissions` BEGIN
	INSERT INTO `inbox_tally` (authority_id, service_id, municipality_code, status, n)
		VALUES (new.authority_id, new.service_id, new.municipality_code, new.status, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
	INSERT INTO `inbox_daily_tally` (authority_id, day, service_id, municipality_code, status, n)
		VALUES (new.authority_id, substr(new.submitted_at, 1, 10), new.service_id, new.municipality_code, new.status, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inbox_tally_au` AFTER UPDATE OF `status`, `authority_id`, `service_id`, `municipality_code`, `submitted_at` ON `submissions`
	WHEN old.status IS NOT new.status OR old.authority_id IS NOT new.authority_id OR old.service_id IS NOT new.service_id
		OR old.municipality_code IS NOT new.municipality_code OR old.submitted_at IS NOT new.submitted_at BEGIN
	UPDATE `inbox_tally` SET n = n - 1
		WHERE authority_id = old.authority_id AND service_id = old.service_id AND municipality_code = old.municipality_code AND status = old.status;
	UPDATE `inbox_daily_tally` SET n = n - 1
		WHERE authority_id = old.authority_id AND day = substr(old.submitted_at, 1, 10) AND service_id = old.service_id
			AND municipality_code = old.municipality_code AND status = old.status;
	INSERT INTO `inbox_tally` (authority_id, service_id, municipality_code, status, n)
		VALUES (new.authority_id, new.service_id, new.municipality_code, new.status, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
	INSERT INTO `inbox_daily_tally` (authority_id, day, service_id, municipality_code, status, n)
		VALUES (new.authority_id, substr(new.submitted_at, 1, 10), new.service_id, new.municipality_code, new.status, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `inbox_tally_ad` AFTER DELETE ON `submissions` BEGIN
	UPDATE `inbox_tally` SET n = n - 1
		WHERE authority_id = old.authority_id AND service_id = old.service_id AND municipality_code = old.municipality_code AND status = old.status;
	UPDATE `inbox_daily_tally` SET n = n - 1
		WHERE authority_id = old.authority_id AND day = substr(old.submitted_at, 1, 10) AND service_id = old.service_id
			AND municipality_code = old.municipality_code AND status = old.status;
END;
