CREATE TABLE `assessment_results` (
	`id` text PRIMARY KEY NOT NULL,
	`pack_id` integer NOT NULL,
	`pack_version` integer NOT NULL,
	`assessment_id` text NOT NULL,
	`municipality_code` text NOT NULL,
	`answers_json` text NOT NULL,
	`lang` text NOT NULL,
	`customer_email` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`pack_id`) REFERENCES `packs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_results_customer` ON `assessment_results` (`customer_email`,`created_at`);