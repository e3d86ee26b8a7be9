-- Web sessions of signed-in users, kept in the database (Spring Session JDBC's schema for
-- PostgreSQL under the accounts module's prefix) so that any instance behind the load balancer
-- serves a user signed in through another.
create table accounts_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index accounts_session_ix1 on accounts_session (session_id);
create index accounts_session_ix2 on accounts_session (expiry_time);
create index accounts_session_ix3 on accounts_session (principal_name);

create table accounts_session_attributes (
    session_primary_id char(36)     not null references accounts_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
