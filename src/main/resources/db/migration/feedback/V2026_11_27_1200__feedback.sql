-- Phiếu khảo sát sự hài lòng (Decision 766/QĐ-TTg): scores 1 (very dissatisfied) to 5 (very
-- satisfied) on four criteria. An online answer comes from the applicant of a returned dossier,
-- at most one per dossier; a paper answer is typed in by staff, with or without the dossier's code.
create table feedback_survey (
    id           bigint generated always as identity primary key,
    agency_id    bigint       not null,
    unit_id      bigint       not null,
    dossier_code varchar(40)  unique,
    form         varchar(10)  not null check (form in ('ONLINE', 'PAPER')),
    information  smallint     not null check (information between 1 and 5),
    timeliness   smallint     not null check (timeliness between 1 and 5),
    attitude     smallint     not null check (attitude between 1 and 5),
    result       smallint     not null check (result between 1 and 5),
    comment      varchar(2000),
    answered_at  timestamptz  not null,
    entered_by   varchar(60)
);
create index feedback_survey_unit_idx on feedback_survey (unit_id, answered_at);

-- Phản ánh, kiến nghị (Decree 20/2008/NĐ-CP) of citizens and businesses about regulations and service.
create table feedback_petition (
    id               bigint generated always as identity primary key,
    code             varchar(30)   not null unique,
    channel          varchar(10)   not null check (channel in ('ONLINE', 'HOTLINE', 'DIRECT', 'MAIL')),
    about            varchar(12)   not null check (about in ('REGULATION', 'SERVICE')),
    unit_id          bigint        not null,
    sender_name      varchar(200)  not null,
    sender_phone     varchar(20)   not null,
    sender_email     varchar(200),
    sender_address   varchar(500),
    subject          varchar(300)  not null,
    content          varchar(5000) not null,
    status           varchar(12)   not null check (status in ('RECEIVED', 'ASSIGNED', 'ANSWERED', 'DISMISSED')),
    agency_id        bigint,
    due_at           timestamptz   not null,
    answer           varchar(5000),
    answered_at      timestamptz,
    answered_by      varchar(60),
    published        boolean       not null default false,
    received_at      timestamptz   not null,
    recorded_by      varchar(60),
    version          int           not null default 0
);
create index feedback_petition_unit_idx on feedback_petition (unit_id, received_at);
create index feedback_petition_published_idx on feedback_petition (answered_at desc) where published;

create table feedback_attachment (
    id           bigint generated always as identity primary key,
    petition_id  bigint       not null references feedback_petition (id),
    name         varchar(200) not null,
    content_type varchar(100) not null,
    size         int          not null,
    content      bytea        not null
);
create index feedback_attachment_petition_idx on feedback_attachment (petition_id);

-- Public submissions per client address and minute, for the limit shared by every instance.
create table feedback_submission_attempt (
    client varchar(64) not null,
    minute timestamptz not null,
    count  int         not null,
    primary key (client, minute)
);

-- Đối thoại: a conference or meeting of leaders with citizens or businesses, and what was raised.
create table feedback_dialogue (
    id           bigint generated always as identity primary key,
    unit_id      bigint        not null,
    held_on      date          not null,
    title        varchar(300)  not null,
    audience     varchar(12)   not null check (audience in ('CITIZENS', 'BUSINESSES', 'BOTH')),
    chaired_by   varchar(200)  not null,
    participants int           not null check (participants >= 0),
    notes        varchar(5000),
    recorded_by  varchar(60),
    recorded_at  timestamptz   not null
);
create index feedback_dialogue_unit_idx on feedback_dialogue (unit_id, held_on);

create table feedback_dialogue_issue (
    id          bigint generated always as identity primary key,
    dialogue_id bigint        not null references feedback_dialogue (id),
    issue       varchar(2000) not null,
    response    varchar(2000),
    resolved_on date
);
create index feedback_dialogue_issue_dialogue_idx on feedback_dialogue_issue (dialogue_id);
