-- The one-time code that confirms a citizen's registration ({maXacNhan}, good for {hieuLuc} minutes),
-- to the e-mail and, where SMS is configured, the phone; administrators edit it like the others.
insert into notifications_template (event, channel, subject, body) values
('citizen.confirmation-code', 'EMAIL', 'Mã xác nhận tài khoản dịch vụ công: {maXacNhan}',
 'Kính gửi {nguoiNop},

Mã xác nhận tài khoản dịch vụ công trực tuyến của Ông/Bà là: {maXacNhan}

Mã có hiệu lực trong {hieuLuc} phút. Không cung cấp mã này cho bất kỳ ai, kể cả người xưng là cán bộ.

Nếu Ông/Bà không đăng ký tài khoản, xin bỏ qua thư này.

Cổng dịch vụ công'),
('citizen.confirmation-code', 'SMS', '', 'Ma xac nhan tai khoan dich vu cong: {maXacNhan} (hieu luc {hieuLuc} phut). Khong cung cap ma cho bat ky ai.');
