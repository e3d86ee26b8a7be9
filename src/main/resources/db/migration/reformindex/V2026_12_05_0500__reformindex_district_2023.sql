-- Bộ Chỉ số CCHC cấp huyện năm 2023 (kind DISTRICT, which exists until 30/06/2025), shaped like Thanh Hóa's district sets.
-- Sources:
--   * Quyết định 600/QĐ-UBND (02/2024) của Chủ tịch UBND tỉnh Thanh Hóa công bố xếp hạng Chỉ số CCHC năm 2023 của các sở,
--     ban, ngành và UBND các huyện, thị xã, thành phố (reported at https://baotainguyenmoitruong.vn/thanh-hoa-cong-bo-xep-
--     hang-chi-so-cai-cach-hanh-chinh-nam-2023-369667.html): a district's points equal its index in percent (Đông Sơn
--     92,15 điểm = 92,15%), so the districts' set totals 100 points; 27 districts, towns and cities are ranked.
--   * Quyết định 876/QĐ-BNV ngày 10/11/2022 (the fields of reform, internal evaluation plus a sociological survey) and the
--     provinces' published district sets cited in V2026_12_04_0801 (Bình Dương QĐ 2071/QĐ-UBND: a set per kind of unit).
--   * Seed II.8: "Năm 2023, chỉ số Cải cách hành chính huyện Thọ Xuân đạt 90,17 điểm … xếp loại hoàn thành xuất sắc".
-- Filled in by us (Thanh Hóa's own criteria list was not among the stored sources): the criteria's wording, the split of
-- the 100 points (70 for the seven fields, 30 for the survey), the levels and scales, and the bands 90/80/70/50 % — which
-- put 90,17 in "xuất sắc" as the seed says. Criteria MotCua can compute from records it held in 2023 are COMPUTED.

insert into reformindex_set (year, subject_kind, title, source, survey_max, excellent_from, good_from, fair_from, average_from)
values (2023, 'DISTRICT', 'Bộ Chỉ số CCHC cấp huyện năm 2023 (tập con minh họa)',
        'Tổng 100 điểm như QĐ 600/QĐ-UBND tỉnh Thanh Hóa công bố kết quả năm 2023; cấu trúc theo QĐ 876/QĐ-BNV; tiêu chí, điểm thành phần và thang điểm do MotCua đặt',
        30, 90, 80, 70, 50);

insert into reformindex_criterion (set_id, key, parent_key, position, label, max_points, rule, measure, filters, per_measure, per_filters, scale, evidence_required)
select s.id, c.key, c.parent_key, c.position, c.label, c.max_points, c.rule, c.measure, c.filters, c.per_measure, c.per_filters, c.scale, c.evidence_required
from reformindex_set s,
(values
 ('1',   null, 1,  'Công tác chỉ đạo, điều hành cải cách hành chính', 12, 'FIELD', null, null, null, null, null, false),
 ('1.1', '1',  2,  'Ban hành kế hoạch CCHC năm của huyện', 2, 'JUDGED', null, null, null, null, 'Ban hành đúng hạn=2|Ban hành chậm=1|Không ban hành=0', true),
 ('1.2', '1',  3,  'Mức độ hoàn thành kế hoạch CCHC năm', 3, 'JUDGED', null, null, null, null, 'Hoàn thành 100%=3|Từ 80% đến dưới 100%=2|Từ 70% đến dưới 80%=1|Dưới 70%=0', true),
 ('1.3', '1',  4,  'Văn bản chỉ đạo, điều hành CCHC ban hành trong năm', 2, 'COMPUTED', 'tasks.directives', null, null, null, '3=2;1=1;0=0', false),
 ('1.4', '1',  5,  'Kiểm tra công tác CCHC đối với các phòng, ban và UBND cấp xã', 2, 'JUDGED', null, null, null, null, 'Từ 30% đơn vị trở lên=2|Dưới 30% đơn vị=1|Không kiểm tra=0', true),
 ('1.5', '1',  6,  'Thông tin, tuyên truyền về cải cách hành chính', 1, 'JUDGED', null, null, null, null, 'Đầy đủ theo kế hoạch=1|Chưa đầy đủ=0,5|Không thực hiện=0', true),
 ('1.6', '1',  7,  'Sáng kiến, giải pháp mới trong CCHC được công nhận', 2, 'JUDGED', null, null, null, null, 'Có sáng kiến được công nhận=2|Có đề xuất, chưa công nhận=1|Không có=0', false),
 ('2',   null, 8,  'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', 6, 'FIELD', null, null, null, null, null, false),
 ('2.1', '2',  9,  'Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND huyện ban hành', 3, 'JUDGED', null, null, null, null, 'Đầy đủ, đúng hạn=3|Chưa đầy đủ=1,5|Không thực hiện=0', true),
 ('2.2', '2',  10, 'Theo dõi thi hành pháp luật trên địa bàn', 3, 'JUDGED', null, null, null, null, 'Có kế hoạch, thực hiện đầy đủ=3|Thực hiện chưa đầy đủ=1,5|Không thực hiện=0', true),
 ('3',   null, 11, 'Cải cách thủ tục hành chính', 16, 'FIELD', null, null, null, null, null, false),
 ('3.1', '3',  12, 'Tỷ lệ hồ sơ giải quyết đúng hạn (%)', 4, 'COMPUTED', 'dossiers.resolvedOnTime', null, 'dossiers.resolved', null, '98=4;95=2;90=1;0=0', false),
 ('3.2', '3',  13, 'Tỷ lệ hồ sơ tiếp nhận trực tuyến (%)', 3, 'COMPUTED', 'dossiers.received', 'channel=ONLINE_PARTIAL,ONLINE_FULL', 'dossiers.received', null, '50=3;30=2;20=1;0=0', false),
 ('3.3', '3',  14, 'Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 3, 'COMPUTED', 'dossiers.resultsDigitised', null, 'dossiers.resolved', null, '80=3;50=2;30=1;0=0', false),
 ('3.4', '3',  15, 'Công khai thủ tục hành chính tại Bộ phận Một cửa và trên Cổng', 2, 'JUDGED', null, null, null, null, 'Đầy đủ, đúng quy định=2|Chưa đầy đủ=1|Không công khai=0', true),
 ('3.5', '3',  16, 'Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC', 2, 'JUDGED', null, null, null, null, 'Xử lý đúng hạn toàn bộ=2|Có phản ánh xử lý chậm=1|Không xử lý=0', true),
 ('3.6', '3',  17, 'Xin lỗi người dân, tổ chức khi giải quyết hồ sơ trễ hạn', 2, 'JUDGED', null, null, null, null, 'Đầy đủ=2|Chưa đầy đủ=1|Không thực hiện=0', true),
 ('4',   null, 18, 'Cải cách tổ chức bộ máy hành chính', 7, 'FIELD', null, null, null, null, null, false),
 ('4.1', '4',  19, 'Sắp xếp tổ chức bộ máy các cơ quan chuyên môn theo quy định', 4, 'JUDGED', null, null, null, null, 'Đúng quy định=4|Có sai sót nhỏ=2|Vi phạm=0', true),
 ('4.2', '4',  20, 'Thực hiện phân cấp quản lý nhà nước', 3, 'JUDGED', null, null, null, null, 'Đầy đủ=3|Chưa đầy đủ=1,5|Không thực hiện=0', true),
 ('5',   null, 21, 'Cải cách chế độ công vụ', 8, 'FIELD', null, null, null, null, null, false),
 ('5.1', '5',  22, 'Bố trí công chức theo vị trí việc làm được phê duyệt', 3, 'JUDGED', null, null, null, null, 'Đúng vị trí việc làm=3|Có sai lệch=1,5|Chưa phê duyệt=0', true),
 ('5.2', '5',  23, 'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức', 3, 'JUDGED', null, null, null, null, 'Không có vi phạm=3|Có vi phạm bị nhắc nhở=1,5|Có vi phạm bị kỷ luật=0', true),
 ('5.3', '5',  24, 'Đào tạo, bồi dưỡng cán bộ, công chức theo kế hoạch', 2, 'JUDGED', null, null, null, null, 'Hoàn thành kế hoạch=2|Hoàn thành một phần=1|Không thực hiện=0', true),
 ('6',   null, 25, 'Cải cách tài chính công', 7, 'FIELD', null, null, null, null, null, false),
 ('6.1', '6',  26, 'Công khai dự toán, quyết toán ngân sách', 4, 'JUDGED', null, null, null, null, 'Đầy đủ, đúng hạn=4|Chậm hoặc chưa đầy đủ=2|Không công khai=0', true),
 ('6.2', '6',  27, 'Giao quyền tự chủ cho đơn vị sự nghiệp công lập', 3, 'JUDGED', null, null, null, null, 'Toàn bộ đơn vị=3|Từ 50% đơn vị=1,5|Dưới 50%=0', true),
 ('7',   null, 28, 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 14, 'FIELD', null, null, null, null, null, false),
 ('7.1', '7',  29, 'Tỷ lệ TTHC cấp huyện cung cấp dịch vụ công trực tuyến toàn trình (%)', 4, 'COMPUTED', 'procedures.inForce', 'level=DISTRICT&onlineKind=FULL', 'procedures.inForce', 'level=DISTRICT', '50=4;30=3;20=2;10=1;0=0', false),
 ('7.2', '7',  30, 'Sử dụng hệ thống quản lý văn bản và chữ ký số', 4, 'JUDGED', null, null, null, null, 'Toàn bộ văn bản điện tử, ký số=4|Trên 80% văn bản điện tử=2|Dưới 80%=0', true),
 ('7.3', '7',  31, 'Vận hành hệ thống thông tin một cửa điện tử', 3, 'JUDGED', null, null, null, null, 'Toàn bộ hồ sơ qua hệ thống=3|Phần lớn hồ sơ=1,5|Chưa sử dụng=0', true),
 ('7.4', '7',  32, 'Bảo đảm an toàn thông tin mạng', 3, 'JUDGED', null, null, null, null, 'Đạt yêu cầu=3|Còn tồn tại=1,5|Để xảy ra sự cố=0', true)
) as c(key, parent_key, position, label, max_points, rule, measure, filters, per_measure, per_filters, scale, evidence_required)
where s.year = 2023 and s.subject_kind = 'DISTRICT';
