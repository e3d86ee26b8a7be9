-- Người chủ trì: the chair chosen from the unit's leaders (sign-in name) and the agency they chaired for as it was
-- named then; a dialogue recorded before keeps its typed chaired_by and no account.
alter table feedback_dialogue add column chair_account varchar(100);
alter table feedback_dialogue add column chair_agency varchar(300);
