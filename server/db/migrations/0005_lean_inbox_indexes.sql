-- Custom migration (server-cases): every index a send touches is another page written per send.
-- Service and municipality filters are common values inside one authority, so walking
-- submissions_inbox (authority_id, id) finds a page quickly; assignment is rare, so its index
-- covers only assigned cases, and a new (unassigned) submission does not touch it at all.
DROP INDEX `submissions_inbox_service`;
--> statement-breakpoint
DROP INDEX `submissions_inbox_municipality`;
--> statement-breakpoint
DROP INDEX `submissions_inbox_assignee`;
--> statement-breakpoint
CREATE INDEX `submissions_inbox_assigned` ON `submissions` (`authority_id`, `assignee_id`, `id`) WHERE assignee_id IS NOT NULL;
