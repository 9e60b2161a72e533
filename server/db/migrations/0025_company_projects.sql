-- A project is owned by an e-mail address, a person (by key) or a company (Y-tunnus): owner_email
-- becomes nullable, which SQLite allows only by rebuilding the table. The rebuild copies the existing
-- (e-mail) projects as they are; the migrations run with foreign keys off and checked after
-- (server/db/connection.ts), as the pragmas below cannot change them inside the migrations' transaction.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_email` text,
	`owner_person_key` text,
	`owner_business_id` text,
	`owner_business_name` text,
	`created_by_person_key` text,
	`contact_email` text,
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
INSERT INTO `__new_projects`("id", "owner_email", "name", "municipality_code", "pack_id", "pack_slug", "pack_version", "data_json", "contact_name", "contact_phone", "consent", "consent_at", "version", "created_at", "updated_at") SELECT "id", "owner_email", "name", "municipality_code", "pack_id", "pack_slug", "pack_version", "data_json", "contact_name", "contact_phone", "consent", "consent_at", "version", "created_at", "updated_at" FROM `projects`;--> statement-breakpoint
DROP TABLE `projects`;--> statement-breakpoint
ALTER TABLE `__new_projects` RENAME TO `projects`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `projects_owner` ON `projects` (`owner_email`,`updated_at`);--> statement-breakpoint
CREATE INDEX `projects_person` ON `projects` (`owner_person_key`,`updated_at`);--> statement-breakpoint
CREATE INDEX `projects_company` ON `projects` (`owner_business_id`,`updated_at`);