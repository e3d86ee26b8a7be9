-- When the daily sweep warned that an open dossier would miss its appointment (null: not warned).
alter table dossiers_dossier add column due_warning_at timestamptz;
create index dossiers_dossier_open_due_idx on dossiers_dossier (due_at) where status in ('RECEIVED', 'IN_PROGRESS', 'WAITING_SUPPLEMENT', 'APPROVED');
