-- Hồ sơ công dân: who the citizen is, as the portal fills an application from it. The account's name
-- is the e-mail it registered with (or, signed up through the identity platform without one, its
-- citizen ID). The citizen ID (số định danh cá nhân, 12 digits) and the e-mail each belong to one
-- account; phone and e-mail are missing only when the identity platform did not give them.
-- confirmed_at is null until the citizen proves the e-mail with a one-time code, or the identity
-- platform vouches for them.
create table accounts_citizen (
    account_id          bigint       primary key references accounts_account (id) on delete cascade,
    id_number           char(12)     not null unique check (id_number ~ '^[0-9]{12}$'),
    phone               varchar(15),
    email               varchar(254) unique check (email = lower(email)),
    -- digits only: a branch's 13-digit code is kept without its dash
    enterprise_tax_code varchar(13)  check (enterprise_tax_code ~ '^[0-9]{10}([0-9]{3})?$'),
    enterprise_name     varchar(300),
    address             varchar(300),
    commune_unit_id     bigint,
    confirmed_at        timestamptz,
    check ((enterprise_tax_code is null) = (enterprise_name is null))
);
