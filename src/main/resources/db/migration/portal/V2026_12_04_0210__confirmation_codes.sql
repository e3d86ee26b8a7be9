-- Mã xác nhận: the one-time code that confirms a citizen's registration. Only its hash is kept (as a
-- password's is); it is good until expires_at and for a few wrong attempts, and a new code replaces
-- it. Codes sent in the current day's window are counted, so nobody can make MotCua mail or text a
-- person without end.
create table portal_confirmation_code (
    account_id   bigint       primary key,
    code_hash    varchar(200) not null,
    issued_at    timestamptz  not null,
    expires_at   timestamptz  not null,
    attempts     int          not null default 0,
    window_start timestamptz  not null,
    sent         int          not null default 1
);
