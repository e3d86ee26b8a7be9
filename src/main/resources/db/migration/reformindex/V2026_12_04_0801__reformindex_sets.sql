-- Bộ chỉ số CCHC của cấp xã và cấp sở, shaped like the sets the provinces publish each year.
-- Sources (structure, fields, scoring style, survey part, classification bands):
--   * Quyết định 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ, Đề án "Xác định Chỉ số CCHC của các Bộ, cơ quan ngang Bộ,
--     UBND tỉnh, thành phố trực thuộc Trung ương" giai đoạn 2022–2030 (summary: https://bacninh.gov.vn/news/-/details/20182/
--     quyet-inh-876-q-bnv-...-42322197): fields of reform, sub-criteria, internal evaluation plus a sociological survey.
--   * Sở Nội vụ Bắc Giang, "Hướng dẫn tự đánh giá, chấm điểm để xác định Chỉ số cải cách hành chính"
--     (http://sonoivu.bacgiang.gov.vn/node/195660): self-assessment with evidence per criterion, appraisal by the province.
--   * Kế hoạch 4851/KH-UBND ngày 11/10/2018 của UBND tỉnh Bình Dương (Chỉ số CCHC của sở, huyện, xã; QĐ 2071/QĐ-UBND):
--     separate sets for departments, districts and communes, fields → criteria → sub-criteria.
-- Thanh Hóa's own published set was not found among the stored sources: this is a realistic SUBSET of about a third of a
-- published set, with the fields of the national set; the criteria's wording, the points, the scales of the computed
-- criteria (e.g. "≥ 98% on time: 2 points") and the classification bands (90/80/70/50% of the total) were filled in by us.
-- The departments' set has no computed criteria yet: no measure breaks the records down by department.

insert into reformindex_set (year, subject_kind, title, source, survey_max, excellent_from, good_from, fair_from, average_from)
values (2026, 'COMMUNE', 'Bộ Chỉ số CCHC cấp xã năm 2026 (tập con minh họa)',
        'Theo cấu trúc QĐ 876/QĐ-BNV; tập con minh họa, điểm và thang điểm do MotCua đặt', 20, 90, 80, 70, 50),
       (2026, 'DEPARTMENT', 'Bộ Chỉ số CCHC cấp sở năm 2026 (tập con minh họa)',
        'Theo cấu trúc QĐ 876/QĐ-BNV; tập con minh họa, điểm và thang điểm do MotCua đặt', 20, 90, 80, 70, 50);

insert into reformindex_criterion (set_id, key, parent_key, position, label, max_points, rule, measure, filters, per_measure, per_filters, scale, evidence_required)
select s.id, c.key, c.parent_key, c.position, c.label, c.max_points, c.rule, c.measure, c.filters, c.per_measure, c.per_filters, c.scale, c.evidence_required
from reformindex_set s,
(values
 ('1',   null, 1,  'Công tác chỉ đạo, điều hành cải cách hành chính', 10, 'FIELD', null, null, null, null, null, false),
 ('1.1', '1',  2,  'Ban hành kế hoạch CCHC năm', 1, 'JUDGED', null, null, null, null, 'Ban hành đúng hạn=1|Ban hành chậm=0,5|Không ban hành=0', true),
 ('1.2', '1',  3,  'Văn bản chỉ đạo, điều hành CCHC ban hành trong năm', 2, 'COMPUTED', 'tasks.directives', null, null, null, '3=2;1=1;0=0', false),
 ('1.3', '1',  4,  'Tỷ lệ nhiệm vụ của kế hoạch CCHC hoàn thành (%)', 3, 'COMPUTED', 'tasks.done', null, 'tasks.planned', null, '100=3;80=2;70=1;0=0', false),
 ('1.4', '1',  5,  'Tuyên truyền cải cách hành chính', 2, 'JUDGED', null, null, null, null, 'Thực hiện đầy đủ kế hoạch=2|Có thực hiện, chưa đầy đủ=1|Không thực hiện=0', true),
 ('1.5', '1',  6,  'Sáng kiến, giải pháp mới trong CCHC', 2, 'JUDGED', null, null, null, null, 'Có sáng kiến được công nhận=2|Có đề xuất, chưa công nhận=1|Không có=0', false),
 ('2',   null, 7,  'Cải cách thủ tục hành chính', 10, 'FIELD', null, null, null, null, null, false),
 ('2.1', '2',  8,  'Tỷ lệ hồ sơ giải quyết đúng hạn (%)', 2, 'COMPUTED', 'dossiers.resolvedOnTime', null, 'dossiers.resolved', null, '98=2;95=1;0=0', false),
 ('2.2', '2',  9,  'Tỷ lệ hồ sơ tiếp nhận trực tuyến (%)', 2, 'COMPUTED', 'dossiers.received', 'channel=ONLINE_PARTIAL,ONLINE_FULL', 'dossiers.received', null, '50=2;30=1;0=0', false),
 ('2.3', '2',  10, 'Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 2, 'COMPUTED', 'dossiers.resultsDigitised', null, 'dossiers.resolved', null, '80=2;50=1;0=0', false),
 ('2.4', '2',  11, 'Công khai thủ tục hành chính tại Bộ phận Một cửa và trên Cổng', 2, 'JUDGED', null, null, null, null, 'Đầy đủ, đúng quy định=2|Chưa đầy đủ=1|Không công khai=0', true),
 ('2.5', '2',  12, 'Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC', 2, 'JUDGED', null, null, null, null, 'Xử lý đúng hạn toàn bộ=2|Có phản ánh xử lý chậm=1|Không xử lý=0', true),
 ('3',   null, 13, 'Cải cách tổ chức bộ máy', 4, 'FIELD', null, null, null, null, null, false),
 ('3.1', '3',  14, 'Thực hiện quy định về tổ chức bộ máy, vị trí việc làm', 4, 'JUDGED', null, null, null, null, 'Đúng quy định=4|Có sai sót nhỏ=2|Vi phạm=0', true),
 ('4',   null, 15, 'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức', 4, 'FIELD', null, null, null, null, null, false),
 ('4.1', '4',  16, 'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức', 4, 'JUDGED', null, null, null, null, 'Không có vi phạm=4|Có vi phạm bị nhắc nhở=2|Có vi phạm bị kỷ luật=0', true),
 ('5',   null, 17, 'Cải cách tài chính công', 3, 'FIELD', null, null, null, null, null, false),
 ('5.1', '5',  18, 'Công khai dự toán, quyết toán ngân sách', 3, 'JUDGED', null, null, null, null, 'Đầy đủ, đúng hạn=3|Chậm hoặc chưa đầy đủ=1,5|Không công khai=0', true),
 ('6',   null, 19, 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 6, 'FIELD', null, null, null, null, null, false),
 ('6.1', '6',  20, 'Tỷ lệ TTHC cấp xã cung cấp dịch vụ công trực tuyến toàn trình (%)', 3, 'COMPUTED', 'procedures.inForce', 'level=COMMUNE&onlineKind=FULL', 'procedures.inForce', 'level=COMMUNE', '60=3;40=2;20=1;0=0', false),
 ('6.2', '6',  21, 'Sử dụng hệ thống quản lý văn bản và chữ ký số', 3, 'JUDGED', null, null, null, null, 'Toàn bộ văn bản điện tử, ký số=3|Trên 80% văn bản điện tử=2|Dưới 80%=0', true)
) as c(key, parent_key, position, label, max_points, rule, measure, filters, per_measure, per_filters, scale, evidence_required)
where s.year = 2026 and s.subject_kind = 'COMMUNE';

insert into reformindex_criterion (set_id, key, parent_key, position, label, max_points, rule, measure, filters, per_measure, per_filters, scale, evidence_required)
select s.id, c.key, c.parent_key, c.position, c.label, c.max_points, c.rule, null, null, null, null, c.scale, c.evidence_required
from reformindex_set s,
(values
 ('1',   null, 1,  'Công tác chỉ đạo, điều hành cải cách hành chính', 9, 'FIELD', null, false),
 ('1.1', '1',  2,  'Ban hành kế hoạch CCHC năm của sở', 2, 'JUDGED', 'Ban hành đúng hạn=2|Ban hành chậm=1|Không ban hành=0', true),
 ('1.2', '1',  3,  'Mức độ hoàn thành kế hoạch CCHC năm', 4, 'JUDGED', 'Hoàn thành 100%=4|Từ 80% đến dưới 100%=2|Dưới 80%=0', true),
 ('1.3', '1',  4,  'Kiểm tra công tác CCHC tại các phòng, đơn vị trực thuộc', 3, 'JUDGED', 'Trên 30% đơn vị=3|Từ 20% đến 30%=2|Dưới 20%=0', true),
 ('2',   null, 5,  'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', 6, 'FIELD', null, false),
 ('2.1', '2',  6,  'Tham mưu ban hành văn bản QPPL đúng kế hoạch', 3, 'JUDGED', 'Đúng kế hoạch=3|Chậm dưới 3 văn bản=1,5|Chậm từ 3 văn bản=0', true),
 ('2.2', '2',  7,  'Rà soát, hệ thống hóa văn bản QPPL thuộc lĩnh vực', 3, 'JUDGED', 'Đầy đủ, đúng hạn=3|Chưa đầy đủ=1,5|Không thực hiện=0', true),
 ('3',   null, 8,  'Cải cách thủ tục hành chính', 10, 'FIELD', null, false),
 ('3.1', '3',  9,  'Công bố danh mục TTHC thuộc thẩm quyền đúng hạn', 4, 'JUDGED', 'Đúng hạn toàn bộ=4|Có quyết định chậm=2|Không công bố=0', true),
 ('3.2', '3',  10, 'Tỷ lệ hồ sơ giải quyết đúng hạn của sở', 3, 'JUDGED', 'Từ 98% trở lên=3|Từ 95% đến dưới 98%=1,5|Dưới 95%=0', true),
 ('3.3', '3',  11, 'Xin lỗi người dân khi giải quyết hồ sơ trễ hạn', 3, 'JUDGED', 'Đầy đủ=3|Chưa đầy đủ=1|Không thực hiện=0', false),
 ('4',   null, 12, 'Cải cách tổ chức bộ máy và công vụ', 5, 'FIELD', null, false),
 ('4.1', '4',  13, 'Cơ cấu công chức theo vị trí việc làm được phê duyệt', 5, 'JUDGED', 'Đúng vị trí việc làm=5|Có sai lệch=2|Chưa phê duyệt=0', true),
 ('5',   null, 14, 'Chuyển đổi số', 6, 'FIELD', null, false),
 ('5.1', '5',  15, 'Tỷ lệ văn bản điện tử có ký số', 6, 'JUDGED', 'Từ 90% trở lên=6|Từ 70% đến dưới 90%=3|Dưới 70%=0', true)
) as c(key, parent_key, position, label, max_points, rule, scale, evidence_required)
where s.year = 2026 and s.subject_kind = 'DEPARTMENT';

-- The year before, under the two-tier government from 01/07/2025, the communes' set had the same criteria.
insert into reformindex_set (year, subject_kind, title, source, survey_max, excellent_from, good_from, fair_from, average_from)
select 2025, 'COMMUNE', 'Bộ Chỉ số CCHC cấp xã năm 2025 (tập con minh họa)', source, survey_max, excellent_from, good_from, fair_from, average_from
from reformindex_set where year = 2026 and subject_kind = 'COMMUNE';
insert into reformindex_criterion (set_id, key, parent_key, position, label, max_points, rule, measure, filters, per_measure, per_filters, scale, evidence_required)
select (select id from reformindex_set where year = 2025 and subject_kind = 'COMMUNE'), key, parent_key, position, label, max_points, rule,
       measure, filters, per_measure, per_filters, scale, evidence_required
from reformindex_criterion where set_id = (select id from reformindex_set where year = 2026 and subject_kind = 'COMMUNE');
