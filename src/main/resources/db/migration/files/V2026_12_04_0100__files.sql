-- Tệp: every stored upload. Other modules keep only a file's id and decide who may read it; the
-- content lives here in chunks of about 1 MB, written from the upload as it is read and read back
-- one chunk at a time, so no instance holds a whole file in memory and every instance sees every file.
create table files_file (
    id         bigint generated always as identity primary key,
    file_name  varchar(255) not null,
    content_type varchar(100) not null,
    size       bigint       not null check (size > 0),
    sha256     char(64)     not null,
    stored_at  timestamptz  not null,
    stored_by  varchar(60)  not null
);

create table files_chunk (
    file_id bigint not null references files_file (id) on delete cascade,
    seq     int    not null,
    data    bytea  not null,
    primary key (file_id, seq)
);
-- Uploads are PDFs, JPEGs, PNGs and zipped office files: already compressed, so PostgreSQL is told not
-- to try again (it would spend the time and gain nothing); the chunks are still kept out of line.
alter table files_chunk alter column data set storage external;
