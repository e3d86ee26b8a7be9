-- Anonymous requests per purpose, client address and minute, for the allowances shared by every
-- instance (the status lookup, the public feedback form); replaces one table per module.
create table shared_public_attempt (
    purpose varchar(40) not null,
    client  varchar(64) not null,
    minute  timestamptz not null,
    count   int         not null,
    primary key (purpose, client, minute)
);
