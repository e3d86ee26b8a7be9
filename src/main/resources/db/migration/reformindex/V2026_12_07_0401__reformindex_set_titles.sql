-- QA 02/12/2026: "(tập con minh họa)" in a set's title told a leader nothing. The title is the set's plain name; what the
-- set is (MotCua's sample, about a third of a published set's criteria, points set by MotCua) is said in its source line.
update reformindex_set set title = replace(title, ' (tập con minh họa)', '') where title like '% (tập con minh họa)';
update reformindex_set
   set source = 'Bộ chỉ số mẫu của MotCua, chưa phải bộ chỉ số do tỉnh ban hành: theo cấu trúc QĐ 876/QĐ-BNV, gồm khoảng một phần ba'
                || ' số tiêu chí của một bộ chỉ số tỉnh công bố; điểm và thang điểm do MotCua đặt'
 where source like '%tập con minh họa%';
update reformindex_set
   set source = 'Bộ chỉ số mẫu của MotCua, chưa phải bộ chỉ số do tỉnh ban hành: ' || source
 where source not like 'Bộ chỉ số mẫu của MotCua%';
