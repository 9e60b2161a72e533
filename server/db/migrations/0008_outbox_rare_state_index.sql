-- Custom migration (server-alerts): the admin alerts screen filters one authority's outbox by state,
-- newest first (server/alerts/outbox-admin.ts). Its common states ('sent' with SMTP, 'kept' without)
-- are dense along the rowid, but a rare one (failed, pending) made a busy authority's page walk all
-- its alerts. Partial, to keep sends cheap: without SMTP an alert is written 'kept' and never enters
-- it; with SMTP an alert to an authority is one more B-tree insert while pending and leaves on delivery.
CREATE INDEX `outbox_authority_rare_state` ON `outbox` (`authority_id`, `status`) WHERE authority_id IS NOT NULL AND status IN ('pending', 'failed');
