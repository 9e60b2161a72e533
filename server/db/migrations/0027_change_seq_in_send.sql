-- Hand-written: a send sets its case's change_seq in the submission's own INSERT, to the id its
-- 'submitted' history row is about to get (sqlite-submission-repository.ts), so that row no longer
-- rewrites the new submission (and its submissions_changes entry) a second time. The trigger now
-- writes only when change_seq is not already the new row's id: every other change, and any
-- 'submitted' row written some other way, still moves its case to the end of the change order.
DROP TRIGGER `case_events_change_seq`;--> statement-breakpoint
CREATE TRIGGER `case_events_change_seq` AFTER INSERT ON `case_events`
	WHEN new.kind IN ('submitted', 'status', 'supplement', 'message') BEGIN
	UPDATE `submissions` SET `change_seq` = new.id WHERE id = new.submission_id AND `change_seq` IS NOT new.id;
END;
