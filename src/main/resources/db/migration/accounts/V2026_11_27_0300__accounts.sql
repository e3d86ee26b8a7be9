-- Tài khoản: accounts. agency_id is null only for a system administrator created at installation,
-- who stands above every unit.
create table accounts_account (
    id              bigint generated always as identity primary key,
    username        varchar(60)  not null unique,
    password_hash   varchar(200) not null,
    full_name       varchar(200) not null,
    agency_id       bigint,
    enabled         boolean      not null default true,
    failed_attempts int          not null default 0,
    locked_until    timestamptz,
    version         int          not null default 0,
    created_at      timestamptz  not null
);

create table accounts_account_role (
    account_id bigint      not null references accounts_account (id) on delete cascade,
    role       varchar(30) not null,
    primary key (account_id, role)
);
