-- Rows 1.1–1.3 are computed from the task register now, so the error rules a commune reporter meets
-- on entered rows gain one: documents handled cannot outnumber those recommended for handling.
-- A fresh installation gets it with the built-in template; this adds it where the template exists.
insert into indicators_rule (template_id, expression, severity, message)
select t.id, '[2.5] <= [2.4]', 'ERROR', 'Số văn bản đã xử lý xong không thể nhiều hơn số văn bản có kiến nghị xử lý.'
from indicators_template t
where t.code = 'CCHC-2024' and t.version = 1
  and not exists (select 1 from indicators_rule r where r.template_id = t.id and r.expression = '[2.5] <= [2.4]');
