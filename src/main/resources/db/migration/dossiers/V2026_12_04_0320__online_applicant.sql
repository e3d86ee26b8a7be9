-- The citizen account an online dossier came from (its submission on the portal). That account reads
-- the dossier, supplements and withdraws it online and downloads its result; a dossier received at the
-- counter, by post or through an import has none.
create table dossiers_online_applicant (
    dossier_id bigint primary key references dossiers_dossier (id),
    account_id bigint not null
);
create index dossiers_online_applicant_account_idx on dossiers_online_applicant (account_id);
