-- A result is ready: an applicant who asked online to receive it online, or by post, is told so
-- instead of being asked to come to the desk.
insert into notifications_template (event, channel, subject, body) values
('dossier.result-ready-online', 'EMAIL', 'Hồ sơ {maHoSo} đã có kết quả',
 'Kính gửi {nguoiNop},

Hồ sơ {maHoSo} ({thuTuc}) đã có kết quả. Theo hình thức Ông/Bà đã chọn, kết quả được trả trực tuyến: Ông/Bà tải kết quả trong mục Hồ sơ của tôi trên Cổng dịch vụ công, hoặc tra cứu tại {traCuu}.

Bộ phận Một cửa {coQuan}'),
('dossier.result-ready-online', 'SMS', '', 'Ho so {maHoSo} da co ket qua, tra truc tuyen. Tai ket qua tai: {traCuu}'),
('dossier.result-ready-postal', 'EMAIL', 'Hồ sơ {maHoSo} đã có kết quả',
 'Kính gửi {nguoiNop},

Hồ sơ {maHoSo} ({thuTuc}) đã có kết quả. Theo hình thức Ông/Bà đã chọn, kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký. Tra cứu tại {traCuu}.

Bộ phận Một cửa {coQuan}'),
('dossier.result-ready-postal', 'SMS', '', 'Ho so {maHoSo} da co ket qua, gui qua buu chinh den dia chi da dang ky. Tra cuu: {traCuu}');
