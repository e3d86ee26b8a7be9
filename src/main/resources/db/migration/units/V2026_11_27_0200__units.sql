-- Đơn vị hành chính: administrative units. A code may be reused by a later unit, so a unit is
-- its code together with its validity; validity periods of one code never overlap.
create table units_unit (
    id         bigint generated always as identity primary key,
    code       varchar(20)  not null,
    name       varchar(200) not null,
    level      varchar(20)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    kind       varchar(20)  not null,
    parent_id  bigint references units_unit (id),
    valid_from date,
    valid_to   date,
    check (valid_from is null or valid_to is null or valid_from <= valid_to)
);
create index units_unit_code_idx on units_unit (code);
create index units_unit_parent_idx on units_unit (parent_id);

-- Sáp nhập: the predecessor's territory (and its records) continue in the successor from that date.
create table units_succession (
    id             bigint generated always as identity primary key,
    predecessor_id bigint not null references units_unit (id),
    successor_id   bigint not null references units_unit (id),
    effective_on   date   not null,
    unique (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);
create index units_succession_successor_idx on units_succession (successor_id);

-- Cơ quan, đơn vị: agencies belonging to a unit.
create table units_agency (
    id      bigint generated always as identity primary key,
    code    varchar(40)  not null unique,
    name    varchar(200) not null,
    unit_id bigint       not null references units_unit (id),
    kind    varchar(30)  not null check (kind in ('PEOPLES_COMMITTEE', 'DEPARTMENT', 'CENTER', 'PUBLIC_SERVICE_UNIT'))
);
create index units_agency_unit_idx on units_agency (unit_id);
