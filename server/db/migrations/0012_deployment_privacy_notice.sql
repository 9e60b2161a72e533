ALTER TABLE `deployments` ADD `privacy_notice_url` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `privacy_notice_text` text;