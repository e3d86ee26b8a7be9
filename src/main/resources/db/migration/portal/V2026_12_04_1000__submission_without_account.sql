-- A submission whose person has no MotCua account: filed on the national portal before the account
-- existed, or brought in with the demo's present history. Its applicant holds who filed it; no
-- account's "Hồ sơ của tôi" lists it.
alter table portal_submission alter column account_id drop not null;
