CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`authority_id` text NOT NULL,
	`name` text NOT NULL,
	`secret_hash` text NOT NULL,
	`scopes_json` text NOT NULL,
	`ip_allow_json` text,
	`expires_at` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`revoked_at` text,
	`last_used_at` text,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `api_keys_authority` ON `api_keys` (`authority_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `case_management_refs` (
	`submission_id` integer PRIMARY KEY NOT NULL,
	`case_management_id` text NOT NULL,
	`acknowledged_at` text NOT NULL,
	`api_key_id` text NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`api_key_id`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
