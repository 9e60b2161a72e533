ALTER TABLE `pack_versions` ADD `library_version` integer;
--> statement-breakpoint
-- Until now the server published the ready library only into an empty database, as version 1 by
-- the system (no publisher): those versions are the library's version 1.
UPDATE `pack_versions` SET `library_version` = 1 WHERE `version` = 1 AND `published_by` IS NULL AND `pack_id` IN (SELECT `id` FROM `packs` WHERE `owner_authority_id` IS NULL);
