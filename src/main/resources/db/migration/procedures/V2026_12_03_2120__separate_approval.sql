-- A procedure may require its result to be approved by a leader who neither received nor handled the
-- dossier (phê duyệt bởi người khác người xử lý). A dossier keeps the version it was received under,
-- so the rule that applies to it is the one in force at its receipt.
alter table procedures_version add column separate_approval boolean not null default false;
