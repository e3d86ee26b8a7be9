-- What a citizen is told about an online submission, per channel; editable like the dossiers' templates.
-- {maHoSo} is the submission's reference (TT-<number>), {giayTo} the papers the desk asks for, {traCuu}
-- the citizen's page of the submission. Its receipt is told by the dossier's own "dossier.received".
insert into notifications_template (event, channel, subject, body) values
('submission.submitted', 'EMAIL', 'Đã gửi hồ sơ trực tuyến {maHoSo}',
 'Kính gửi {nguoiNop},

Hồ sơ trực tuyến {maHoSo} ({thuTuc}) đã được gửi tới {coQuan}. Bộ phận Một cửa sẽ kiểm tra và tiếp nhận hồ sơ trong ngày làm việc tiếp theo; Ông/Bà sẽ nhận được mã hồ sơ và ngày hẹn trả kết quả khi hồ sơ được tiếp nhận.

Theo dõi hồ sơ tại {traCuu}.

Bộ phận Một cửa'),
('submission.submitted', 'SMS', '', 'Ho so truc tuyen {maHoSo} da gui toi {coQuan}. Theo doi: {traCuu}'),
('submission.completion-requested', 'EMAIL', 'Hồ sơ trực tuyến {maHoSo} cần bổ sung',
 'Kính gửi {nguoiNop},

{coQuan} đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ trực tuyến {maHoSo} ({thuTuc}).

Giấy tờ, nội dung cần bổ sung: {giayTo}
Lý do: {lyDo}

Ông/Bà sửa hồ sơ và gửi lại tại {traCuu}.

Bộ phận Một cửa'),
('submission.completion-requested', 'SMS', '', 'Ho so truc tuyen {maHoSo} can bo sung: {giayTo}. Gui lai tai {traCuu}'),
('submission.refused', 'EMAIL', 'Hồ sơ trực tuyến {maHoSo} không được tiếp nhận',
 'Kính gửi {nguoiNop},

{coQuan} không tiếp nhận hồ sơ trực tuyến {maHoSo} ({thuTuc}). Lý do: {lyDo}

Chi tiết tại {traCuu}.

Bộ phận Một cửa'),
('submission.refused', 'SMS', '', 'Ho so truc tuyen {maHoSo} khong duoc tiep nhan. Ly do: {lyDo}');
