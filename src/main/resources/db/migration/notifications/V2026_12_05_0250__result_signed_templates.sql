-- Kết quả đã ký số: the applicant hears that the result is signed and can be downloaded. {giayTo} is the
-- result's file name, {traCuu} the page where the citizen downloads it (or looks the dossier up).
insert into notifications_template (event, channel, subject, body) values
('dossier.result-signed', 'EMAIL', 'Kết quả hồ sơ {maHoSo} đã được ký số',
 'Kính gửi {nguoiNop},

Kết quả giải quyết hồ sơ {maHoSo} ({thuTuc}) đã được {coQuan} ký số và sẵn sàng để tải về: {giayTo}.

Ông/Bà tải kết quả tại {traCuu}. Bản điện tử có chữ ký số có giá trị pháp lý như bản giấy (Nghị định 45/2020/NĐ-CP); có thể kiểm tra chữ ký tại trang xác thực chữ ký số của hệ thống.

Bộ phận Một cửa'),
('dossier.result-signed', 'SMS', '', 'Ket qua ho so {maHoSo} da ky so, san sang tai ve: {traCuu}');
