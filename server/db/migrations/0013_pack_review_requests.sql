ALTER TABLE `packs` ADD `review_requested_at` text;--> statement-breakpoint
ALTER TABLE `packs` ADD `review_requested_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `packs` ADD `review_message` text;