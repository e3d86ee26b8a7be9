-- Chỉ số cải cách hành chính: the index sets (versioned per year and kind of unit), their criteria, and each unit's scorecard.
create table reformindex_set (
    id            bigserial primary key,
    year          int not null,
    subject_kind  varchar(20) not null check (subject_kind in ('DEPARTMENT', 'DISTRICT', 'COMMUNE')),
    title         varchar(300) not null,
    source        varchar(1000) not null,
    survey_max    numeric(6, 2) not null default 0,
    -- classification by the share of the set's total points: xuất sắc, tốt, khá, trung bình; below is yếu
    excellent_from numeric(5, 2) not null,
    good_from     numeric(5, 2) not null,
    fair_from     numeric(5, 2) not null,
    average_from  numeric(5, 2) not null,
    version       int not null default 0,
    unique (year, subject_kind)
);

create table reformindex_criterion (
    set_id        bigint not null references reformindex_set (id) on delete cascade,
    key           varchar(20) not null,
    parent_key    varchar(20),
    position      int not null,
    label         varchar(500) not null,
    max_points    numeric(6, 2) not null check (max_points >= 0),
    -- FIELD groups criteria; COMPUTED scores a figure on a scale; JUDGED takes one of the stated levels
    rule          varchar(10) not null check (rule in ('FIELD', 'COMPUTED', 'JUDGED')),
    measure       varchar(100),
    filters       varchar(300),
    per_measure   varchar(100),
    per_filters   varchar(300),
    -- COMPUTED: "98=2;95=1;0=0", the points of the first threshold the figure reaches; JUDGED: "Đầy đủ=1|Một phần=0,5|Không=0"
    scale         varchar(1000),
    evidence_required boolean not null default false,
    primary key (set_id, key)
);

create table reformindex_scorecard (
    id            bigserial primary key,
    set_id        bigint not null references reformindex_set (id),
    year          int not null,
    subject_code  varchar(40) not null,
    subject_name  varchar(300) not null,
    unit_id       bigint not null,
    agency_id     bigint,
    status        varchar(10) not null check (status in ('DRAFT', 'SUBMITTED', 'APPRAISED', 'PUBLISHED')),
    survey_score  numeric(6, 2),
    final_score   numeric(6, 2),
    classification varchar(12),
    submitted_at  timestamptz,
    published_at  timestamptz,
    unique (year, subject_code)
);
create index reformindex_scorecard_set on reformindex_scorecard (set_id);

create table reformindex_score (
    scorecard_id  bigint not null references reformindex_scorecard (id) on delete cascade,
    criterion_key varchar(20) not null,
    self_score    numeric(6, 2),
    comment       varchar(2000),
    appraised_score numeric(6, 2),
    appraisal_reason varchar(2000),
    answer        varchar(2000),
    primary key (scorecard_id, criterion_key)
);

create table reformindex_evidence (
    id            bigserial primary key,
    scorecard_id  bigint not null references reformindex_scorecard (id) on delete cascade,
    criterion_key varchar(20) not null,
    file_id       bigint,
    document_id   bigint,
    name          varchar(500) not null,
    check ((file_id is null) <> (document_id is null))
);
create index reformindex_evidence_card on reformindex_evidence (scorecard_id, criterion_key);
-- the figure a computed criterion read at submission, kept so the appraisal sees what the unit sent
alter table reformindex_score add column figure numeric(14, 2);
