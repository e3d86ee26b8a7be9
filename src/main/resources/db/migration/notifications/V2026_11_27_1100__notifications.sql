-- Mẫu tin nhắn: what an applicant is told when something happens to the dossier, per channel.
-- Placeholders in braces are filled when the message is written: {maHoSo}, {nguoiNop}, {thuTuc},
-- {coQuan}, {hanTra}, {lyDo}, {traCuu}.
create table notifications_template (
    event      varchar(40)   not null,
    channel    varchar(10)   not null check (channel in ('EMAIL', 'SMS')),
    subject    varchar(200)  not null default '',
    body       varchar(2000) not null,
    enabled    boolean       not null default true,
    updated_at timestamptz,
    updated_by varchar(60),
    primary key (event, channel)
);

-- The outbox: a message is written in the transaction of the action that calls for it and sent
-- after commit, retried until the gateway takes it; nothing is ever deleted.
create table notifications_message (
    id              bigint generated always as identity primary key,
    event           varchar(40)   not null,
    channel         varchar(10)   not null,
    reference       varchar(40)   not null,
    recipient       varchar(200)  not null,
    subject         varchar(200)  not null default '',
    body            varchar(2000) not null,
    status          varchar(10)   not null check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(500),
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index notifications_message_due_idx on notifications_message (next_attempt_at) where status = 'PENDING';
create index notifications_message_reference_idx on notifications_message (reference);
create index notifications_message_created_idx on notifications_message (created_at desc);

-- SMS texts go without diacritics: Vietnamese carriers bill and filter brand-name SMS in plain ASCII.
insert into notifications_template (event, channel, subject, body) values
('dossier.received', 'EMAIL', 'Đã tiếp nhận hồ sơ {maHoSo}',
 'Kính gửi {nguoiNop},

{coQuan} đã tiếp nhận hồ sơ {maHoSo} ({thuTuc}). Thời gian hẹn trả kết quả: {hanTra}.

Ông/Bà tra cứu tình trạng hồ sơ tại {traCuu} bằng mã hồ sơ và 4 số cuối điện thoại.

Bộ phận Một cửa'),
('dossier.received', 'SMS', '', '{coQuan} da tiep nhan ho so {maHoSo}. Hen tra ket qua: {hanTra}. Tra cuu: {traCuu}'),
('dossier.supplement-requested', 'EMAIL', 'Hồ sơ {maHoSo} cần bổ sung',
 'Kính gửi {nguoiNop},

Hồ sơ {maHoSo} ({thuTuc}) cần bổ sung, hoàn thiện: {lyDo}

Thời gian giải quyết được tính lại từ khi {coQuan} nhận đủ hồ sơ bổ sung.

Bộ phận Một cửa'),
('dossier.supplement-requested', 'SMS', '', 'Ho so {maHoSo} can bo sung. Vui long lien he {coQuan}. Tra cuu: {traCuu}'),
('dossier.apologized', 'EMAIL', 'Thư xin lỗi về hồ sơ {maHoSo}',
 'Kính gửi {nguoiNop},

{coQuan} xin lỗi vì chưa trả kết quả hồ sơ {maHoSo} ({thuTuc}) đúng hẹn. Lý do: {lyDo}

Thời gian hẹn trả kết quả mới: {hanTra}.

Bộ phận Một cửa'),
('dossier.apologized', 'SMS', '', '{coQuan} xin loi vi ho so {maHoSo} tre hen. Hen moi: {hanTra}. Tra cuu: {traCuu}'),
('dossier.result-ready', 'EMAIL', 'Hồ sơ {maHoSo} đã có kết quả',
 'Kính gửi {nguoiNop},

Hồ sơ {maHoSo} ({thuTuc}) đã có kết quả. Mời Ông/Bà đến Bộ phận Một cửa của {coQuan} nhận kết quả, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.

Bộ phận Một cửa'),
('dossier.result-ready', 'SMS', '', 'Ho so {maHoSo} da co ket qua. Moi nhan tai Bo phan Mot cua {coQuan}.'),
('dossier.result-returned', 'EMAIL', 'Đã trả kết quả hồ sơ {maHoSo}',
 'Kính gửi {nguoiNop},

{coQuan} đã trả kết quả hồ sơ {maHoSo} ({thuTuc}). Cảm ơn Ông/Bà đã sử dụng dịch vụ.

Bộ phận Một cửa'),
('dossier.result-returned', 'SMS', '', 'Da tra ket qua ho so {maHoSo}. Cam on Ong/Ba.');
