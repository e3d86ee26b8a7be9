-- Failed sign-ins counted three ways instead of locking the account: per name typed and client
-- address, per client address (any name), and per name typed (any address). A name is counted whether
-- or not an account carries it, so the answers never tell which names exist. Rows not touched for a
-- day are forgotten.
create table accounts_sign_in_failure (
    username        varchar(100) not null, -- '' for the address-wide count
    client          varchar(64)  not null, -- '' for the account-wide count
    failures        int          not null,
    last_failure_at timestamptz  not null,
    delayed_until   timestamptz,
    alerted_at      timestamptz,
    primary key (username, client)
);
create index accounts_sign_in_failure_ix1 on accounts_sign_in_failure (last_failure_at);

-- The hard lock of the whole account is gone: anyone could lock out anyone with five wrong passwords.
alter table accounts_account drop column failed_attempts;
alter table accounts_account drop column locked_until;
