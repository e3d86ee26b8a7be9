-- A citizen may pay a submission's fee before the desk receives it. Such an order names the submission;
-- it names the dossier once the desk received the submission (the paid order is then recorded on it).
-- Until then no dossier holds who paid for what, so the order keeps what its receipt states.
alter table payments_fee_order alter column dossier_code drop not null;
alter table payments_fee_order add column submission_id bigint;
alter table payments_fee_order add column payer_name text;
alter table payments_fee_order add column payer_address text;
alter table payments_fee_order add column payer_email text;
alter table payments_fee_order add column payer_phone text;
alter table payments_fee_order add column procedure_code varchar(40);
alter table payments_fee_order add column procedure_name text;
alter table payments_fee_order add column agency_name text;
alter table payments_fee_order add constraint payments_fee_order_subject
    check (dossier_code is not null or (submission_id is not null and payer_name is not null and procedure_name is not null));
create index payments_fee_order_submission on payments_fee_order (submission_id) where submission_id is not null;
