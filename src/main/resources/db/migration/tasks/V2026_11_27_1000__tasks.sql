-- Văn bản: plans, decisions, official letters of a unit; the footnotes the report cites.
create table tasks_document (
    id           bigint generated always as identity primary key,
    unit_id      bigint        not null,
    number       varchar(60)   not null,
    issued_on    date          not null,
    issuer       varchar(200)  not null,
    kind         varchar(20)   not null check (kind in ('PLAN', 'DECISION', 'OFFICIAL_LETTER', 'DIRECTIVE', 'REPORT')),
    title        varchar(1000) not null,
    reform_field varchar(20)   not null check (reform_field in ('DIRECTION', 'INSTITUTIONS', 'PROCEDURES', 'ORGANISATION',
                                                                 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'E_GOVERNMENT')),
    plan_year    int,
    directive    boolean       not null default true,
    file_name    varchar(200),
    file_type    varchar(100),
    file         bytea
);
create index tasks_document_unit_idx on tasks_document (unit_id, issued_on);

-- Nhiệm vụ: a task of a plan, or assigned by the province with its assigning document; subtasks
-- split it among communes and departments.
create table tasks_task (
    id               bigint generated always as identity primary key,
    unit_id          bigint        not null,
    plan_id          bigint references tasks_document (id),
    assigned_by_id   bigint references tasks_document (id),
    parent_id        bigint references tasks_task (id),
    title            varchar(1000) not null,
    owner_agency_id  bigint        not null,
    cooperating      varchar(1000) not null default '',
    deadline         date          not null,
    completed_on     date,
    status           varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    version          int           not null default 0
);
create index tasks_task_unit_idx on tasks_task (unit_id, deadline);
create index tasks_task_plan_idx on tasks_task (plan_id);

create table tasks_progress (
    id        bigint generated always as identity primary key,
    task_id   bigint        not null references tasks_task (id),
    at        timestamptz   not null,
    author    varchar(60)   not null,
    note      varchar(2000) not null,
    file_name varchar(200),
    file_type varchar(100),
    file      bytea
);

-- Kiểm tra: an inspection of agencies and communes, its findings and their resolution.
create table tasks_inspection (
    id         bigint generated always as identity primary key,
    unit_id    bigint        not null,
    plan_id    bigint references tasks_document (id),
    title      varchar(1000) not null,
    held_on    date          not null,
    discipline boolean       not null default false
);

create table tasks_inspection_target (
    inspection_id bigint not null references tasks_inspection (id),
    agency_id     bigint not null,
    primary key (inspection_id, agency_id)
);

create table tasks_finding (
    id            bigint generated always as identity primary key,
    inspection_id bigint        not null references tasks_inspection (id),
    description   varchar(2000) not null,
    resolved_on   date
);

-- Nhắc việc: the daily digest per agency of tasks due within 7 days and overdue.
create table tasks_notice (
    id         bigint generated always as identity primary key,
    agency_id  bigint        not null,
    day        date          not null,
    message    varchar(1000) not null,
    unique (agency_id, day)
);
