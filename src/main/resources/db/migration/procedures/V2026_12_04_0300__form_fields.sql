-- Tờ khai điện tử: the questions a procedure's e-form asks, as data of each version (key, label, type
-- TEXT|NUMBER|DATE|CHOICE, required, choices, hint). A version written before e-forms asks none.
alter table procedures_version add column form_fields jsonb not null default '[]';
