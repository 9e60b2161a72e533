CREATE TABLE `identification_logins` (
	`id` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`nonce` text NOT NULL,
	`code_verifier` text NOT NULL,
	`return_to` text NOT NULL,
	`lang` text NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `sessions` ADD `identification` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `person_key` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `person_given_name` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `person_family_name` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `person_id` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `identification` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `submissions` ADD `identified_person_key` text;