-- The set of Quyết định 766/QĐ-TTg ngày 23/06/2022 of the Prime Minister, in force from the day it
-- was signed. The five groups and their points (18, 20, 22, 22, 18) are the decision's; the criteria's
-- formulas follow the decision where its text was found, the points of each criterion within a group
-- and the mapping to MotCua's measures are MotCua's (docs/decisions/0014-service-index.md says which).
insert into serviceindex_set (code, title, source, effective_from)
values ('QD766-2022', 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC theo thời gian thực trên môi trường điện tử',
        'Quyết định số 766/QĐ-TTg ngày 23/06/2022 của Thủ tướng Chính phủ', date '2022-06-23');

insert into serviceindex_group (set_code, key, position, label, max_points) values
 ('QD766-2022', '1', 1, 'Công khai, minh bạch', 18),
 ('QD766-2022', '2', 2, 'Tiến độ, kết quả giải quyết', 20),
 ('QD766-2022', '3', 3, 'Số hóa hồ sơ', 22),
 ('QD766-2022', '4', 4, 'Cung cấp dịch vụ trực tuyến', 22),
 ('QD766-2022', '5', 5, 'Mức độ hài lòng', 18);

insert into serviceindex_criterion (set_code, key, group_key, position, label, formula, max_points, kind,
                                    numerator, numerator_filters, denominator, denominator_filters) values
 ('QD766-2022', '1.1', '1', 1, 'Tỷ lệ TTHC công bố đúng hạn',
  'Số TTHC công bố đúng hạn / Tổng số TTHC đã công bố trong kỳ × 100%', 4, 'RATE',
  'procedures.publishedOnTime', 'level={levels}', 'procedures.published', 'level={levels}'),
 ('QD766-2022', '1.2', '1', 2, 'Tỷ lệ hồ sơ được công khai tiến độ, kết quả giải quyết',
  'Số hồ sơ được công khai kết quả trên Cổng DVC tỉnh hoặc trang thông tin của đơn vị / Tổng số hồ sơ đã giải quyết × 100%', 14, 'RATE',
  'dossiers.published', '', 'dossiers.resolved', ''),
 ('QD766-2022', '2.1', '2', 1, 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  'Số hồ sơ giải quyết đúng hoặc trước hạn / Tổng số hồ sơ đã giải quyết × 100%', 14, 'RATE',
  'dossiers.resolvedOnTime', '', 'dossiers.resolved', ''),
 ('QD766-2022', '2.2', '2', 2, 'Hồ sơ trễ hạn có phiếu xin lỗi và hẹn lại',
  '(Tổng số hồ sơ đã giải quyết − Số hồ sơ trễ hạn không có phiếu xin lỗi) / Tổng số hồ sơ đã giải quyết × 100%', 6, 'UNAPOLOGISED_LATE',
  'dossiers.resolvedLate', '', 'dossiers.resolved', ''),
 ('QD766-2022', '3.1', '3', 1, 'Tỷ lệ số hóa hồ sơ',
  'Số hồ sơ có thành phần hồ sơ được số hóa / Tổng số hồ sơ tiếp nhận × 100%', 8, 'RATE',
  'dossiers.documentsDigitised', '', 'dossiers.received', ''),
 ('QD766-2022', '3.2', '3', 2, 'Tỷ lệ số hóa kết quả giải quyết TTHC',
  'Số hồ sơ có kết quả được số hóa / Tổng số hồ sơ đã giải quyết × 100%', 8, 'RATE',
  'dossiers.resultsDigitised', '', 'dossiers.resolved', ''),
 ('QD766-2022', '3.3', '3', 3, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
  'Số hồ sơ sử dụng lại giấy tờ đã số hóa / Tổng số hồ sơ tiếp nhận × 100%', 6, 'RATE',
  'dossiers.documentsReused', '', 'dossiers.received', ''),
 ('QD766-2022', '4.1', '4', 1, 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình',
  'Số TTHC cung cấp DVC trực tuyến toàn trình / Tổng số TTHC đang có hiệu lực × 100%', 6, 'RATE',
  'procedures.inForce', 'level={levels};onlineKind=FULL', 'procedures.inForce', 'level={levels}'),
 ('QD766-2022', '4.2', '4', 2, 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
  'Số hồ sơ tiếp nhận trực tuyến (một phần và toàn trình) / Tổng số hồ sơ tiếp nhận × 100%', 10, 'RATE',
  'dossiers.received', 'channel=ONLINE_PARTIAL,ONLINE_FULL', 'dossiers.received', ''),
 ('QD766-2022', '4.3', '4', 3, 'Tỷ lệ hồ sơ thanh toán trực tuyến',
  'Số hồ sơ có phí, lệ phí được thanh toán trực tuyến / Tổng số hồ sơ có phí, lệ phí × 100%', 6, 'RATE',
  'payments.dossiersPaidOnline', '', 'payments.dossiersWithFee', ''),
 ('QD766-2022', '5.1', '5', 1, 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn',
  'Tổng số phản ánh, kiến nghị xử lý đúng hoặc trước hạn / Tổng số phản ánh, kiến nghị tiếp nhận × 100%', 6, 'RATE',
  'feedback.answeredOnTime', '', 'feedback.received', ''),
 ('QD766-2022', '5.2', '5', 2, 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị',
  '(Tổng số phản ánh, kiến nghị − Số phản ánh, kiến nghị bị phản hồi không hài lòng) / Tổng số phản ánh, kiến nghị × 100%', 6, 'RATE',
  'feedback.answersAccepted', '', 'feedback.answered', ''),
 ('QD766-2022', '5.3', '5', 3, 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
  'Số phiếu đánh giá hài lòng, rất hài lòng / Tổng số phiếu khảo sát × 100%', 6, 'RATE',
  'surveys.satisfied', '', 'surveys.count', '');
