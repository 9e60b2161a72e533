CREATE TABLE `session_acting_for` (
	`session_id` text PRIMARY KEY NOT NULL,
	`business_id` text NOT NULL,
	`name` text NOT NULL,
	`chosen_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `submissions` ADD `acting_for_business_id` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `acting_for_name` text;--> statement-breakpoint
CREATE INDEX `submissions_person` ON `submissions` (`identified_person_key`,`id`);--> statement-breakpoint
CREATE INDEX `submissions_acting_for` ON `submissions` (`acting_for_business_id`,`id`);