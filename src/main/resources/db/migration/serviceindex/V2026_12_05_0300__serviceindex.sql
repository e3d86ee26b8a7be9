-- Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg): the index sets, versioned by the
-- day they take effect, and their criteria as data. A criterion is a rate of two measures of the
-- indicators' registry (numerator over denominator, filters written "dimension=value;dimension=value",
-- "{levels}" standing for the levels at and below the unit's own) scored linearly on its points.
create table serviceindex_set (
    code           varchar(40)   primary key,
    title          varchar(300)  not null,
    source         varchar(1000) not null,
    effective_from date          not null,
    effective_to   date,
    check (effective_to is null or effective_to >= effective_from)
);

create table serviceindex_group (
    set_code   varchar(40)  not null references serviceindex_set (code),
    key        varchar(20)  not null,
    position   int          not null,
    label      varchar(300) not null,
    max_points numeric(6, 2) not null check (max_points > 0),
    primary key (set_code, key)
);

create table serviceindex_criterion (
    set_code          varchar(40)   not null references serviceindex_set (code),
    key               varchar(20)   not null,
    group_key         varchar(20)   not null,
    position          int           not null,
    label             varchar(500)  not null,
    formula           varchar(500)  not null,
    max_points        numeric(6, 2) not null check (max_points > 0),
    -- RATE: numerator / denominator; UNAPOLOGISED_LATE: (denominator − late dossiers without an apology) / denominator
    kind              varchar(20)   not null check (kind in ('RATE', 'UNAPOLOGISED_LATE')),
    numerator         varchar(100)  not null,
    numerator_filters varchar(300)  not null default '',
    denominator       varchar(100)  not null,
    denominator_filters varchar(300) not null default '',
    primary key (set_code, key),
    foreign key (set_code, group_key) references serviceindex_group (set_code, key)
);
