-- Nhắc nhở: in-app notices from the reform officer to units that have not reported in time.
create table indicators_reminder (
    id            bigint generated always as identity primary key,
    unit_id       bigint       not null,
    template_code varchar(40)  not null,
    period        varchar(10)  not null,
    message       varchar(500) not null,
    created_by    varchar(60)  not null,
    created_at    timestamptz  not null
);
create index indicators_reminder_unit_idx on indicators_reminder (unit_id, created_at desc);
