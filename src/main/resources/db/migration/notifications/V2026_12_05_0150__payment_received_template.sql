-- What a citizen is told when the payment gateway confirmed an online fee payment; editable like the
-- other templates. {soTien} is the amount in Vietnamese figures, {maGiaoDich} the gateway's transaction
-- number, {bienLai} the receipt's number, {traCuu} the dossier's page.
insert into notifications_template (event, channel, subject, body) values
('payment.received', 'EMAIL', 'Đã nhận phí, lệ phí hồ sơ {maHoSo}',
 'Kính gửi {nguoiNop},

{coQuan} đã nhận {soTien} đồng phí, lệ phí của hồ sơ {maHoSo} ({thuTuc}), thanh toán trực tuyến, mã giao dịch {maGiaoDich}, lúc {thoiGian}.

Biên lai điện tử số {bienLai} tải về tại {traCuu}.

Bộ phận Một cửa'),
('payment.received', 'SMS', '', 'Da nhan {soTien} dong phi ho so {maHoSo}, ma giao dich {maGiaoDich}. Bien lai: {traCuu}');
