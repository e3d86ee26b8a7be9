-- Thanh toán trực tuyến: the payment gateway's merchant account of each province, and the fee orders
-- (đơn thanh toán) citizens send to it. An order is PENDING until the gateway's verified server-to-server
-- notification (IPN) marks it PAID or FAILED; nothing else changes it. The secret signs the requests
-- and checks the notifications; it is never shown back.
create table payments_merchant (
    province_code varchar(40)  primary key,
    gateway       varchar(20)  not null default 'VNPAY',
    merchant_code varchar(20)  not null,
    secret        varchar(200) not null,
    gateway_url   varchar(500) not null,
    return_url    varchar(500),
    updated_at    timestamptz  not null,
    updated_by    varchar(60)  not null
);

create table payments_fee_order (
    id              bigserial    primary key,
    reference       varchar(40)  not null unique,
    dossier_code    varchar(60)  not null,
    agency_id       bigint       not null,
    province_code   varchar(40)  not null,
    merchant_code   varchar(20)  not null,
    amount          bigint       not null check (amount > 0),
    status          varchar(10)  not null check (status in ('PENDING', 'PAID', 'FAILED')),
    account_id      bigint       not null,
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    confirmed_at    timestamptz,
    transaction_no  varchar(40),
    bank_code       varchar(20),
    response_code   varchar(4),
    receipt_file_id bigint,
    receipt_number  varchar(20)
);
create index payments_fee_order_dossier on payments_fee_order (dossier_code, created_at);
create sequence payments_receipt_number;
