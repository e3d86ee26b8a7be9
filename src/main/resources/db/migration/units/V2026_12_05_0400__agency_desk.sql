-- Where an agency's one-stop desk receives people and when: printed on the citizen's status page
-- ("where to bring it") and the public procedure page. An agency without a row shows its name only.
create table units_agency_desk (
    agency_id bigint        primary key references units_agency (id),
    address   varchar(500)  not null,
    hours     varchar(500)  not null
);
