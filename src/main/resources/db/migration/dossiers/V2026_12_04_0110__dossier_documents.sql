-- Thành phần hồ sơ, giấy tờ: the documents of a dossier and of its result, each a file of the files
-- module (kept by id only). A row is written with the ATTACH_DOCUMENT action of the dossier's history
-- that records it (action_seq), and never changed: the history says what joined when, this table
-- finds a dossier's documents without reading its history.
create table dossiers_document (
    id          bigint generated always as identity primary key,
    dossier_id  bigint      not null references dossiers_dossier (id),
    action_seq  int         not null,
    file_id     bigint      not null,
    requirement int         check (requirement > 0),
    kind        varchar(10) not null check (kind in ('DOSSIER', 'RESULT')),
    origin      varchar(15) not null check (origin in ('DIGITISED', 'BORN_DIGITAL')),
    reused_from bigint      references dossiers_document (id),
    attached_by varchar(60) not null,
    attached_at timestamptz not null,
    unique (dossier_id, action_seq),
    check (kind = 'DOSSIER' or requirement is null)
);
create index dossiers_document_file_idx on dossiers_document (file_id);
