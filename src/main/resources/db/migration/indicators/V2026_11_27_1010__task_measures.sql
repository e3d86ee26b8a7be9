-- Rows 1.1–1.3 and 5.4.2 of CCHC-2024 are computed by the tasks module from now on (installations
-- that loaded the template before the module existed; a fresh one reads the mapping file).
update indicators_row r set measure = m.measure, filters = m.filters
from (values ('1.1.1', 'tasks.planned', ''), ('1.1.2', 'tasks.done', ''), ('1.1.3', 'tasks.directives', ''),
             ('1.2.1', 'inspections.agencies', 'kind=DEPARTMENT'),
             ('1.2.2', 'inspections.agencies', 'kind=PEOPLES_COMMITTEE&level=COMMUNE'),
             ('1.2.3', 'inspections.findings', ''), ('1.2.4', 'inspections.resolved', ''),
             ('1.3.1', 'tasks.assigned', ''), ('1.3.2', 'tasks.assignedOnTime', ''), ('1.3.3', 'tasks.assignedLate', ''),
             ('5.4.2', 'inspections.disciplineShare', '')) as m(key, measure, filters)
where r.key = m.key and r.template_id in (select id from indicators_template where code = 'CCHC-2024' and version = 1);
