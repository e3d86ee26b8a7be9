-- Hồ sơ: a dossier. Its history is the append-only list in dossiers_action; the columns below
-- that describe its state (status, step, due time, completion) are derived from that list and
-- rewritten in the same transaction as each action, for lists and work queues.
create table dossiers_dossier (
    id                   bigint generated always as identity primary key,
    code                 varchar(40)  not null unique,
    agency_id            bigint       not null,
    unit_id              bigint       not null,
    procedure_code       varchar(30)  not null,
    procedure_version_id bigint       not null,
    field_code           varchar(60)  not null,
    channel              varchar(20)  not null check (channel in ('DIRECT', 'POSTAL', 'ONLINE_PARTIAL', 'ONLINE_FULL')),
    applicant_name       varchar(200) not null,
    applicant_id_number  varchar(12),
    applicant_tax_code   varchar(14),
    applicant_phone      varchar(20),
    applicant_email      varchar(200),
    applicant_address    varchar(500),
    checklist            jsonb        not null default '[]',
    fee_due              bigint       not null default 0,
    received_at          timestamptz  not null,
    first_due_at         timestamptz,
    due_at               timestamptz,
    status               varchar(30)  not null,
    current_step         int          not null default 0,
    assignee             varchar(60),
    holding_agency_id    bigint,
    completed_at         timestamptz,
    returned_at          timestamptz,
    timeliness           varchar(10),
    apologies            int          not null default 0,
    paid                 bigint       not null default 0,
    version              int          not null default 0
);
create index dossiers_dossier_agency_received_idx on dossiers_dossier (agency_id, received_at);
create index dossiers_dossier_unit_status_idx on dossiers_dossier (unit_id, status, due_at);
create index dossiers_dossier_holding_idx on dossiers_dossier (holding_agency_id, status, due_at);
create index dossiers_dossier_assignee_idx on dossiers_dossier (assignee, status);
create index dossiers_dossier_id_number_idx on dossiers_dossier (applicant_id_number);
create index dossiers_dossier_completed_idx on dossiers_dossier (agency_id, completed_at);

-- Lịch sử xử lý: who did what, when, at which step. Never updated, never deleted.
create table dossiers_action (
    id         bigint generated always as identity primary key,
    dossier_id bigint      not null references dossiers_dossier (id),
    seq        int         not null,
    action     varchar(30) not null,
    at         timestamptz not null,
    actor      varchar(60) not null,
    step       int         not null,
    data       jsonb       not null default '{}',
    unique (dossier_id, seq)
);
create index dossiers_action_kind_at_idx on dossiers_action (action, at);

-- The last number given to an agency's dossiers of a day, so codes stay unique across instances.
create table dossiers_sequence (
    agency_id bigint not null,
    day       date   not null,
    last      int    not null,
    primary key (agency_id, day)
);

-- Counts per agency and day (Vietnam time) kept with each action, so that a period's figures add a
-- few hundred rows instead of scanning every dossier of all time.
create table dossiers_daily_figure (
    agency_id  bigint      not null,
    day        date        not null,
    measure    varchar(40) not null,
    channel    varchar(20) not null,
    field_code varchar(60) not null,
    value      int         not null,
    primary key (agency_id, day, measure, channel, field_code)
);

-- Citizen lookups per address and minute, for the rate limit shared by every instance.
create table dossiers_lookup_attempt (
    client varchar(64) not null,
    minute timestamptz not null,
    count  int         not null,
    primary key (client, minute)
);
