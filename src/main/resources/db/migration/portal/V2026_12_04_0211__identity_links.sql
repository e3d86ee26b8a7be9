-- Liên kết định danh: a person the identity platform knows (its issuer and the subject it names them
-- by) and the citizen account they signed in as; the citizen ID among the platform's claims decides
-- the account, the link records what happened and when it was last used.
create table portal_identity_link (
    issuer          varchar(300) not null,
    subject         varchar(255) not null,
    account_id      bigint       not null,
    linked_at       timestamptz  not null,
    last_sign_in_at timestamptz  not null,
    primary key (issuer, subject)
);
create index portal_identity_link_account_idx on portal_identity_link (account_id);
