-- Dự án đầu tư: a project an investor registered in a unit, its milestones and progress reports.
-- Amounts are in billions of đồng (tỷ đồng) as the reports write them; areas in hectares.
create table investment_project (
    id                   bigint generated always as identity primary key,
    unit_id              bigint        not null,
    name                 varchar(300)  not null,
    investor             varchar(300)  not null,
    sector               varchar(100)  not null,
    location             varchar(300)  not null,
    registered_capital   numeric(14,2) not null check (registered_capital >= 0),
    land_area_ha         numeric(12,2) check (land_area_ha >= 0),
    status               varchar(12)   not null check (status in ('PREPARING', 'CONSTRUCTION', 'OPERATING', 'STALLED', 'RECOVERING', 'REVOKED')),
    registered_on        date          not null,
    operation_due_on     date,
    recovery_decision    varchar(100),
    recovery_started_on  date,
    created_at           timestamptz   not null,
    version              int           not null default 0
);
create index investment_project_unit_idx on investment_project (unit_id);

create table investment_milestone (
    id         bigint generated always as identity primary key,
    project_id bigint       not null references investment_project (id),
    name       varchar(300) not null,
    due_on     date         not null,
    done_on    date
);
create index investment_milestone_project_idx on investment_milestone (project_id);

create table investment_progress (
    id          bigint generated always as identity primary key,
    project_id  bigint        not null references investment_project (id),
    reported_on date          not null,
    note        varchar(3000) not null,
    reported_by varchar(60)
);
create index investment_progress_project_idx on investment_progress (project_id, reported_on desc);

-- Vốn đầu tư phát triển: the year's plan of a unit, and what was mobilised over each reporting window.
create table investment_capital_plan (
    unit_id         bigint        not null,
    year            int           not null,
    planned_billion numeric(14,2) not null check (planned_billion > 0),
    primary key (unit_id, year)
);

create table investment_capital (
    id                bigint generated always as identity primary key,
    unit_id           bigint        not null,
    period_from       date          not null,
    period_to         date          not null,
    mobilised_billion numeric(14,2) not null check (mobilised_billion >= 0),
    note              varchar(500),
    entered_by        varchar(60),
    check (period_from <= period_to),
    unique (unit_id, period_from, period_to)
);

-- Doanh nghiệp thành lập mới in a unit, entered or imported from the business registry's list.
create table investment_enterprise (
    id            bigint generated always as identity primary key,
    unit_id       bigint       not null,
    name          varchar(300) not null,
    tax_code      varchar(14)  not null unique,
    registered_on date         not null,
    sector        varchar(100)
);
create index investment_enterprise_unit_idx on investment_enterprise (unit_id, registered_on);

-- Kiểm tra thị trường: a market inspection case, the violations found by kind and whether it was handled.
create table investment_market_inspection (
    id              bigint generated always as identity primary key,
    unit_id         bigint        not null,
    inspected_on    date          not null,
    subject         varchar(300)  not null,
    counterfeit     int           not null default 0 check (counterfeit >= 0),
    banned_smuggled int           not null default 0 check (banned_smuggled >= 0),
    trade_fraud     int           not null default 0 check (trade_fraud >= 0),
    handled         boolean       not null default false,
    fine_million    numeric(12,2) check (fine_million >= 0),
    note            varchar(1000)
);
create index investment_market_inspection_unit_idx on investment_market_inspection (unit_id, inspected_on);

-- Cơ hội đầu tư: a site or project the unit calls investors for, with its planning information (public).
create table investment_opportunity (
    id            bigint generated always as identity primary key,
    unit_id       bigint        not null,
    title         varchar(300)  not null,
    sector        varchar(100)  not null,
    location      varchar(300)  not null,
    area_ha       numeric(12,2),
    description   varchar(3000) not null,
    planning_info varchar(3000),
    published     boolean       not null default true
);
