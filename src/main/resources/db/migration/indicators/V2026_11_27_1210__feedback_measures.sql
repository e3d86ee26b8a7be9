-- Rows 1.4.1, 1.4.2 and 1.5 of CCHC-2024 are computed by the feedback module from now on
-- (installations that loaded the template before the module existed; a fresh one reads the mapping file).
update indicators_row r set measure = m.measure, filters = m.filters
from (values ('1.4.1', 'surveys.count', ''), ('1.4.2', 'surveys.form', ''), ('1.5', 'dialogues.held', '')) as m(key, measure, filters)
where r.key = m.key and r.template_id in (select id from indicators_template where code = 'CCHC-2024' and version = 1);
