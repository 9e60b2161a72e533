CREATE TABLE `processing_times` (
	`submission_id` integer PRIMARY KEY NOT NULL,
	`service_id` text NOT NULL,
	`authority_id` text NOT NULL,
	`decided_at` text NOT NULL,
	`working_ms` integer NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `processing_times_service` ON `processing_times` (`service_id`,`authority_id`,`working_ms`);