-- Chứng thư số của cơ quan: the certificates agencies sign with. A PKCS#12 keystore is kept encrypted
-- (AES-256-GCM under the installation's master key, motcua.signatures.master-key or a key file in the
-- data directory), its password likewise; a PKCS#11 certificate names a token configured under
-- motcua.signatures.tokens.<name> whose PIN lives only in the configuration. One active certificate per
-- agency; a replaced one is kept so that what it signed can still be told apart.
create table signatures_certificate (
    id                 bigserial primary key,
    agency_code        varchar(64)  not null,
    kind               varchar(10)  not null check (kind in ('PKCS12', 'PKCS11')),
    subject            varchar(500) not null,
    organisation       varchar(500) not null,
    issuer             varchar(500) not null,
    serial_number      varchar(100) not null,
    sha256             char(64)     not null,
    not_before         timestamptz  not null,
    not_after          timestamptz  not null,
    certificate        bytea        not null,
    keystore           bytea,
    keystore_password  bytea,
    token_name         varchar(100),
    key_alias          varchar(200),
    demo               boolean      not null default false,
    active             boolean      not null default true,
    revoked_at         timestamptz,
    revoked_by         varchar(100),
    revocation_reason  varchar(500),
    added_at           timestamptz  not null,
    added_by           varchar(100) not null,
    check ((kind = 'PKCS12' and keystore is not null and keystore_password is not null)
        or (kind = 'PKCS11' and token_name is not null))
);
create unique index signatures_certificate_active on signatures_certificate (agency_code) where active;
create index signatures_certificate_sha256 on signatures_certificate (sha256);

-- Bản đã ký: a document signed once and kept (its file in the files module), served as kept from then on.
create table signatures_signed_copy (
    subject        varchar(300) primary key,
    file_id        bigint       not null,
    certificate_id bigint       not null references signatures_certificate (id),
    signed_at      timestamptz  not null,
    signed_by      varchar(100) not null
);
