-- Mẫu biểu báo cáo: versioned indicator templates. A version is frozen once any report uses it.
create table indicators_template (
    id               bigint generated always as identity primary key,
    code             varchar(40)  not null,
    version          int          not null,
    name             varchar(300) not null,
    window_start_day int          not null default 1 check (window_start_day between 1 and 28),
    due_day          int          not null default 20 check (due_day between 1 and 28),
    unique (code, version)
);

-- Chỉ tiêu: one printed row of a template, its rule with its parts, and where its figure comes from.
create table indicators_row (
    template_id  bigint       not null references indicators_template (id),
    position     int          not null,
    key          varchar(60)  not null,
    printed_code varchar(20)  not null default '',
    parent_key   varchar(60),
    label        varchar(500) not null,
    unit         varchar(100) not null default '',
    type         varchar(10)  not null check (type in ('GROUP', 'COUNT', 'PERCENT', 'CODE')),
    codes        varchar(300) not null default '',
    aggregation  varchar(10)  not null default '' ,
    children     varchar(10)  not null default '',
    source       varchar(20)  not null default 'MANUAL',
    measure      varchar(60),
    filters      varchar(300) not null default '',
    primary key (template_id, key)
);

-- Quy tắc kiểm tra added to a template besides those its rows imply.
create table indicators_rule (
    id          bigint generated always as identity primary key,
    template_id bigint       not null references indicators_template (id),
    expression  varchar(500) not null,
    severity    varchar(10)  not null check (severity in ('ERROR', 'WARNING')),
    message     varchar(500) not null
);

-- Báo cáo của một đơn vị cho một kỳ.
create table indicators_report (
    id               bigint generated always as identity primary key,
    template_id      bigint      not null references indicators_template (id),
    period           varchar(10) not null,
    unit_id          bigint      not null,
    status           varchar(12) not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    version          int         not null default 0,
    return_comment   varchar(1000),
    submitted_at     timestamptz,
    submitted_by     varchar(60),
    approved_at      timestamptz,
    approved_by      varchar(60),
    unique (template_id, period, unit_id)
);

-- Entered figures and overrides of computed ones (an override needs its note).
create table indicators_value (
    report_id  bigint        not null references indicators_report (id),
    key        varchar(60)   not null,
    value      numeric(18, 4),
    overridden boolean       not null default false,
    note       varchar(1000) not null default '',
    updated_by varchar(60)   not null,
    updated_at timestamptz   not null,
    primary key (report_id, key)
);

-- The figures as approved: an approved report shows these, whatever the records say later.
create table indicators_approved_value (
    report_id  bigint      not null references indicators_report (id),
    key        varchar(60) not null,
    value      numeric(18, 4),
    source     varchar(20) not null,
    overridden boolean     not null,
    primary key (report_id, key)
);
