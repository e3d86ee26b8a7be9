-- Ngày lễ, Tết theo luật: public holidays as rules (Bộ luật Lao động 2019, Điều 112).
-- A change of law is a new row (or an end year on an old one), not new code.
create table calendar_holiday_rule (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    calendar    varchar(10)  not null check (calendar in ('SOLAR', 'LUNAR')),
    month       int          not null check (month between 1 and 12),
    day         int          not null check (day between 1 and 31),
    offset_days int          not null default 0,
    span_days   int          not null default 1 check (span_days >= 1),
    adjacent    varchar(20)  not null default 'NONE' check (adjacent in ('NONE', 'BEFORE', 'AFTER', 'TOWARD_WEEKEND')),
    from_year   int          not null,
    to_year     int          not null default 9999,
    legal_basis varchar(300) not null
);

insert into calendar_holiday_rule (name, calendar, month, day, offset_days, span_days, adjacent, from_year, legal_basis) values
    ('Tết Dương lịch', 'SOLAR', 1, 1, 0, 1, 'NONE', 2021, 'Bộ luật Lao động 2019, Điều 112, khoản 1, điểm a'),
    ('Tết Âm lịch', 'LUNAR', 1, 1, -1, 5, 'NONE', 2021, 'Bộ luật Lao động 2019, Điều 112, khoản 1, điểm b: ngày cuối năm và 4 ngày đầu năm âm lịch'),
    ('Giỗ Tổ Hùng Vương', 'LUNAR', 3, 10, 0, 1, 'NONE', 2021, 'Bộ luật Lao động 2019, Điều 112, khoản 1, điểm đ'),
    ('Ngày Chiến thắng', 'SOLAR', 4, 30, 0, 1, 'NONE', 2021, 'Bộ luật Lao động 2019, Điều 112, khoản 1, điểm c'),
    ('Ngày Quốc tế lao động', 'SOLAR', 5, 1, 0, 1, 'NONE', 2021, 'Bộ luật Lao động 2019, Điều 112, khoản 1, điểm d'),
    ('Quốc khánh', 'SOLAR', 9, 2, 0, 1, 'TOWARD_WEEKEND', 2021, 'Bộ luật Lao động 2019, Điều 112, khoản 1, điểm e: ngày 02/9 và 01 ngày liền kề trước hoặc sau'),
    -- Before 2021 (Bộ luật Lao động 2012, Điều 115): the same, with 2 September alone.
    ('Tết Dương lịch', 'SOLAR', 1, 1, 0, 1, 'NONE', 1995, 'Bộ luật Lao động 2012, Điều 115'),
    ('Tết Âm lịch', 'LUNAR', 1, 1, -1, 5, 'NONE', 1995, 'Bộ luật Lao động 2012, Điều 115'),
    ('Giỗ Tổ Hùng Vương', 'LUNAR', 3, 10, 0, 1, 'NONE', 2007, 'Bộ luật Lao động sửa đổi 2007; Bộ luật Lao động 2012, Điều 115'),
    ('Ngày Chiến thắng', 'SOLAR', 4, 30, 0, 1, 'NONE', 1995, 'Bộ luật Lao động 2012, Điều 115'),
    ('Ngày Quốc tế lao động', 'SOLAR', 5, 1, 0, 1, 'NONE', 1995, 'Bộ luật Lao động 2012, Điều 115'),
    ('Quốc khánh', 'SOLAR', 9, 2, 0, 1, 'NONE', 1995, 'Bộ luật Lao động 2012, Điều 115');
update calendar_holiday_rule set to_year = 2020 where from_year < 2021;

-- Ngày nghỉ bù, hoán đổi, làm bù: the official public-sector schedule of each year.
create table calendar_override (
    date       date         primary key,
    kind       varchar(10)  not null check (kind in ('DAY_OFF', 'WORKDAY')),
    name       varchar(200) not null,
    source     varchar(300) not null default '',
    updated_at timestamptz  not null default now()
);

insert into calendar_override (date, kind, name, source) values
    ('2024-02-08', 'DAY_OFF', 'Nghỉ Tết Nguyên đán Giáp Thìn (nghỉ thêm)', 'Thông báo 6150/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024'),
    ('2024-02-14', 'DAY_OFF', 'Nghỉ bù Tết Nguyên đán Giáp Thìn', 'Thông báo 6150/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024'),
    ('2024-04-29', 'DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 - 1/5', 'Thông báo 1467/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội về hoán đổi ngày làm việc dịp 30/4 - 1/5/2024'),
    ('2024-05-04', 'WORKDAY', 'Làm bù cho ngày 29/4', 'Thông báo 1467/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội về hoán đổi ngày làm việc dịp 30/4 - 1/5/2024'),
    ('2025-01-27', 'DAY_OFF', 'Nghỉ Tết Nguyên đán Ất Tỵ (nghỉ thêm)', 'Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2025 (Tết 25/01 - 02/02/2025)'),
    ('2025-04-26', 'WORKDAY', 'Làm bù cho ngày 02/5', 'Công văn của Bộ Nội vụ về hoán đổi ngày làm việc dịp 30/4 - 1/5/2025 (nghỉ 30/4 - 04/5, làm bù thứ Bảy 26/4)'),
    ('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 - 1/5', 'Công văn của Bộ Nội vụ về hoán đổi ngày làm việc dịp 30/4 - 1/5/2025 (nghỉ 30/4 - 04/5, làm bù thứ Bảy 26/4)'),
    ('2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi dịp Tết Dương lịch', 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch, Tết Âm lịch và các ngày lễ năm 2026 (nghỉ 01 - 04/01, làm bù thứ Bảy 10/01)'),
    ('2026-01-10', 'WORKDAY', 'Làm bù cho ngày 02/01', 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch, Tết Âm lịch và các ngày lễ năm 2026 (nghỉ 01 - 04/01, làm bù thứ Bảy 10/01)'),
    ('2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 trùng Chủ nhật)', 'Bộ luật Lao động 2019, Điều 111, khoản 3: ngày lễ trùng ngày nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp');

-- Bumped by every change of rules or overrides, so that each instance rebuilds its schedule.
create table calendar_revision (
    id       int    primary key check (id = 1),
    revision bigint not null
);
insert into calendar_revision (id, revision) values (1, 1);
