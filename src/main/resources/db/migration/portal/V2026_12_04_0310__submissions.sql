-- Hồ sơ nộp trực tuyến: what a citizen files on the portal before the desk receives it. A draft is
-- saved and changed as often as the citizen likes; submitted, it waits in the agency's list until a
-- clerk receives it (it becomes the dossier named by dossier_code, one only: the column is unique),
-- asks for completion, or refuses it. procedure_version_id is the catalogue version whose e-form and
-- required documents it answers. version moves on with every change (optimistic lock of the draft).
create table portal_submission (
    id                   bigint generated always as identity primary key,
    account_id           bigint        not null,
    procedure_code       varchar(30)   not null,
    procedure_version_id bigint        not null,
    agency_id            bigint        not null,
    applicant            jsonb         not null,
    form                 jsonb         not null default '{}',
    return_channel       varchar(10)   not null check (return_channel in ('ONLINE', 'POSTAL', 'DIRECT')),
    status               varchar(25)   not null check (status in ('DRAFT', 'SUBMITTED', 'COMPLETION_REQUESTED', 'RECEIVED',
                                                                   'REFUSED', 'WITHDRAWN')),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    submitted_at         timestamptz,
    decided_at           timestamptz,
    decided_by           varchar(60),
    dossier_code         varchar(40)   unique,
    version              int           not null default 0,
    check ((status = 'RECEIVED') = (dossier_code is not null))
);
create index portal_submission_account_idx on portal_submission (account_id, created_at desc);
create index portal_submission_waiting_idx on portal_submission (agency_id, status, submitted_at);

-- Thành phần hồ sơ nộp trực tuyến: a stored file answering one of the procedure's required documents
-- (requirement = its position in the version's list). reused_from names the dossier document of an
-- earlier dossier or result the citizen picked instead of uploading again; the file is then that
-- document's file, shared, never deleted with the draft.
create table portal_submission_document (
    id            bigint generated always as identity primary key,
    submission_id bigint      not null references portal_submission (id),
    requirement   int         not null check (requirement >= 1),
    file_id       bigint      not null,
    reused_from   bigint,
    added_at      timestamptz not null
);
create index portal_submission_document_idx on portal_submission_document (submission_id, requirement);

-- What happened to a submission, in order: submitted (again), completion requested with the missing
-- items and the reason, received, refused with the reason, withdrawn. Append-only; the citizen's page
-- and the desk read it as the submission's history.
create table portal_submission_step (
    id            bigint generated always as identity primary key,
    submission_id bigint        not null references portal_submission (id),
    status        varchar(25)   not null,
    at            timestamptz   not null,
    actor         varchar(60)   not null,
    reason        varchar(1000),
    items         jsonb         not null default '[]'
);
create index portal_submission_step_idx on portal_submission_step (submission_id, id);
