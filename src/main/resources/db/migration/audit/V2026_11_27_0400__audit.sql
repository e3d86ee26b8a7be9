-- Nhật ký: every change made through the services, who, when, what, before and after.
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    username    varchar(60)  not null,
    action      varchar(60)  not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(100) not null,
    summary     varchar(500) not null,
    before      jsonb,
    after       jsonb
);
create index audit_entry_time_idx on audit_entry (occurred_at desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_user_idx on audit_entry (username, occurred_at desc);
