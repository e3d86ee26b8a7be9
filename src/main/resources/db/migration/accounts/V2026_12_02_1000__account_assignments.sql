-- Công tác trước đây: the agencies an account belonged to before its current one, each until the day
-- before it moved. An account keeps reaching the records of those agencies' units once the units have
-- ended (they are history no one else carries for it); a unit still in force is its new staff's.
create table accounts_assignment (
    account_id bigint not null references accounts_account (id) on delete cascade,
    agency_id  bigint not null,
    until      date   not null,
    primary key (account_id, agency_id, until)
);
