DROP INDEX `submissions_person`;--> statement-breakpoint
DROP INDEX `submissions_acting_for`;--> statement-breakpoint
CREATE INDEX `submissions_person` ON `submissions` (`identified_person_key`,`id`) WHERE identified_person_key IS NOT NULL;--> statement-breakpoint
CREATE INDEX `submissions_acting_for` ON `submissions` (`acting_for_business_id`,`id`) WHERE acting_for_business_id IS NOT NULL;