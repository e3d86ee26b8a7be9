-- Văn bản báo cáo: the report document of a unit for a period (Decree 30/2020/NĐ-CP layout): its
-- header, the narrative sections officers write (with figure placeholders and footnotes), the
-- signature block and the recipients. The appendix is the indicators module's report.
create table reports_document (
    id             bigint generated always as identity primary key,
    template_code  varchar(40)   not null,
    period         varchar(10)   not null,
    unit_id        bigint        not null,
    authority      varchar(200)  not null,
    number         varchar(60)   not null,
    place          varchar(100)  not null,
    issued_on      date          not null,
    title          varchar(500)  not null,
    addressee      varchar(500)  not null default '',
    signature_role varchar(200)  not null,
    signer         varchar(200)  not null default '',
    recipients     varchar(2000) not null default '',
    version        int           not null default 0,
    unique (template_code, period, unit_id)
);

create table reports_section (
    document_id bigint        not null references reports_document (id) on delete cascade,
    position    int           not null,
    heading     varchar(500)  not null,
    body        text          not null default '',
    primary key (document_id, position)
);
