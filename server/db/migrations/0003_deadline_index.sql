-- Custom migration (server-cases): deadline-near checks read one deployment's recent submissions
-- by sending time (server/alerts/deadline-alerts.ts).
CREATE INDEX `submissions_deadline` ON `submissions` (`deployment_id`, `submitted_at`);
