-- Lĩnh vực: fields of procedures. Đất đai and Xây dựng are built in (report rows 3.3.4, 3.3.5 count them).
create table procedures_field (
    code varchar(60)  primary key,
    name varchar(200) not null
);
insert into procedures_field (code, name) values ('dat-dai', 'Đất đai'), ('xay-dung', 'Xây dựng');

-- Thủ tục hành chính: a procedure's identity and its life: published by a decision, maybe abolished
-- or replaced by another later.
create table procedures_procedure (
    id               bigint generated always as identity primary key,
    code             varchar(30)  not null unique,
    published_on     date         not null,
    publish_decision varchar(200) not null default '',
    abolished_on     date,
    abolish_decision varchar(200) not null default '',
    replaced_by      varchar(30),
    version          int          not null default 0,
    check (abolished_on is null or abolished_on >= published_on)
);

-- Each version of a procedure's content, in force from its date until the next version's. A dossier
-- keeps the version it was received under, so versions are never changed once written.
create table procedures_version (
    id                         bigint generated always as identity primary key,
    procedure_id               bigint       not null references procedures_procedure (id),
    effective_from             date         not null,
    decision                   varchar(200) not null default '',
    change_note                varchar(500) not null default '',
    name                       varchar(500) not null,
    field_code                 varchar(60)  not null references procedures_field (code),
    level                      varchar(20)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    agency_kind                varchar(30),
    processing_days            int check (processing_days >= 0),
    processing_hours           int check (processing_hours >= 0),
    shortened_days             int check (shortened_days >= 0),
    shortened_hours            int check (shortened_hours >= 0),
    result_kind                varchar(300) not null default '',
    online_kind                varchar(10)  not null check (online_kind in ('NONE', 'PARTIAL', 'FULL')),
    one_stop                   boolean      not null,
    inter_agency               varchar(20)  not null check (inter_agency in ('NONE', 'SAME_LEVEL', 'CROSS_LEVEL')),
    online_payment             boolean      not null,
    any_location               boolean      not null,
    by_post                    boolean      not null,
    internal_process_approved  boolean      not null,
    internal_process_digitized boolean      not null,
    fees                       jsonb        not null default '[]',
    documents                  jsonb        not null default '[]',
    steps                      jsonb        not null default '[]',
    unique (procedure_id, effective_from),
    check ((processing_days is null) <> (processing_hours is null))
);
create index procedures_version_procedure_idx on procedures_version (procedure_id, effective_from desc);
