CREATE TABLE `project_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`details_json` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_events_project` ON `project_events` (`project_id`,`id`);--> statement-breakpoint
CREATE TABLE `project_permits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`deployment_id` integer NOT NULL,
	`service_id` text NOT NULL,
	`draft_json` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`idempotency_key` text NOT NULL,
	`submission_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_permits_idempotency_key_unique` ON `project_permits` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `project_permits_project` ON `project_permits` (`project_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `project_permits_submission` ON `project_permits` (`submission_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_email` text NOT NULL,
	`name` text NOT NULL,
	`municipality_code` text NOT NULL,
	`pack_id` integer NOT NULL,
	`pack_slug` text NOT NULL,
	`pack_version` integer NOT NULL,
	`data_json` text NOT NULL,
	`contact_name` text NOT NULL,
	`contact_phone` text,
	`consent` integer NOT NULL,
	`consent_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pack_id`) REFERENCES `packs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `projects_owner` ON `projects` (`owner_email`,`updated_at`);--> statement-breakpoint
ALTER TABLE `submissions` ADD `project_permit_id` integer;--> statement-breakpoint
ALTER TABLE `submissions` ADD `project_data_json` text;