-- Người ký: the signer chosen from the leaders' accounts (sign-in name), with the agency they signed for as it
-- was named then; a document saved before keeps its typed signer and no account.
alter table reports_document add column signer_account varchar(100);
alter table reports_document add column signer_agency varchar(300);
