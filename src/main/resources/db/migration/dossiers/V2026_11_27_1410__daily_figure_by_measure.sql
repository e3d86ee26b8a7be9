-- A report sums one measure over a window for a set of agencies; the primary key starts with the
-- agency and the day, so that read every measure of every day in the window. This index serves the
-- report's question directly, and carries the columns it adds up.
create index dossiers_daily_figure_measure_idx on dossiers_daily_figure (measure, day, agency_id) include (channel, field_code, value);
