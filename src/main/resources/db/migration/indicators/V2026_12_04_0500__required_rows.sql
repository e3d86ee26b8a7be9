-- Chỉ tiêu bắt buộc: a report cannot go up while a required row is blank. Rows the unit types in with a
-- printed number of their own are required (an entered 0 declares that nothing happened); their
-- breakdowns ("Trong đó") and computed rows are not. A template editor may change it row by row.
alter table indicators_row add column required boolean not null default false;
update indicators_row set required = true where measure is null and type <> 'GROUP' and printed_code <> '';
