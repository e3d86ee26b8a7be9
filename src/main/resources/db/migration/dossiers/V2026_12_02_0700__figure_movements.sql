-- Biến động số liệu: what each action moved in the dossier figures, kept with the action (dossier, seq).
-- A figure is the sum of its movements in a window (through the per-day and half-month counts) and
-- its drill-down is the list of the same movements, so the two cannot drift apart. A later
-- publication of a dossier on another day than its first ('dossiers.republished') keeps the day of
-- the first in `since`: a window holding only the later one still counts the dossier as published.
-- Written only in the statement that writes its action, never changed.
create table dossiers_movement (
    dossier_id bigint      not null,
    seq        int         not null,
    measure    varchar(40) not null,
    day        date        not null,
    since      date,
    agency_id  bigint      not null
);
create index dossiers_movement_agency_measure_day_idx on dossiers_movement (agency_id, measure, day);
-- Later publications that straddle a window's start (first one before it, the later one in it).
create index dossiers_movement_republished_idx on dossiers_movement using gist (daterange(since, day, '(]'))
    where measure = 'dossiers.republished';

-- When the dossier left the desk without a result (refused, withdrawn, stopped), derived like the rest.
alter table dossiers_dossier add column ended_at timestamptz;
update dossiers_dossier d set ended_at = e.at
from (select dossier_id, min(at) as at from dossiers_action where action in ('REJECT', 'STOP', 'WITHDRAW') group by dossier_id) e
where e.dossier_id = d.id;

-- A forward to another agency names it by id too, so the holding agency derives from the history alone.
update dossiers_action a set data = a.data || jsonb_build_object('toAgencyId', g.id)
from units_agency g
where a.action = 'FORWARD' and a.data ? 'toAgencyCode' and g.code = a.data->>'toAgencyCode';

-- The movements of the dossiers already held, as the lifecycle moves them. Days are counted in the
-- office zone (Asia/Ho_Chi_Minh, the only one MotCua has been installed with).
insert into dossiers_movement (dossier_id, seq, measure, day, since, agency_id)
select d.id, 1, 'dossiers.received', (d.received_at at time zone 'Asia/Ho_Chi_Minh')::date, null, d.agency_id
from dossiers_dossier d;

insert into dossiers_movement (dossier_id, seq, measure, day, since, agency_id)
select a.dossier_id, a.seq, m.measure, (a.at at time zone 'Asia/Ho_Chi_Minh')::date, null, d.agency_id
from dossiers_action a
join dossiers_dossier d on d.id = a.dossier_id
cross join lateral (values ('dossiers.resolved'),
    (case coalesce(d.timeliness, 'LATE') when 'EARLY' then 'dossiers.resolvedEarly' when 'ON_TIME' then 'dossiers.resolvedOnDay'
     else 'dossiers.resolvedLate' end)) as m(measure)
where a.action = 'COMPLETE';

insert into dossiers_movement (dossier_id, seq, measure, day, since, agency_id)
select a.dossier_id, a.seq,
       case a.action when 'APOLOGIZE' then 'dossiers.apologies' else 'dossiers.ended' end,
       (a.at at time zone 'Asia/Ho_Chi_Minh')::date, null, d.agency_id
from dossiers_action a join dossiers_dossier d on d.id = a.dossier_id
where a.action in ('APOLOGIZE', 'REJECT', 'STOP', 'WITHDRAW');

with publication as (
    select a.dossier_id, a.seq, a.data->>'on' as target, (a.at at time zone 'Asia/Ho_Chi_Minh')::date as day, d.agency_id,
           row_number() over (partition by a.dossier_id order by a.seq) as nth,
           first_value((a.at at time zone 'Asia/Ho_Chi_Minh')::date) over (partition by a.dossier_id order by a.seq) as first_day
    from dossiers_action a join dossiers_dossier d on d.id = a.dossier_id
    where a.action = 'PUBLISH_RESULT')
insert into dossiers_movement (dossier_id, seq, measure, day, since, agency_id)
select dossier_id, seq, case target when 'PROVINCE_PORTAL' then 'dossiers.publishedPortal' else 'dossiers.publishedWebsite' end,
       day, cast(null as date), agency_id
from publication
union all
select dossier_id, seq, 'dossiers.published', day, cast(null as date), agency_id from publication where nth = 1
union all
select dossier_id, seq, 'dossiers.republished', day, first_day, agency_id from publication where nth > 1 and day <> first_day;

-- 'dossiers.ended' is new to the day counts.
insert into dossiers_daily_figure (agency_id, day, measure, channel, field_code, value)
select m.agency_id, m.day, m.measure, d.channel, d.field_code, count(*)
from dossiers_movement m join dossiers_dossier d on d.id = m.dossier_id
where m.measure = 'dossiers.ended'
group by 1, 2, 3, 4, 5;

insert into dossiers_half_month_figure (agency_id, half_start, measure, channel, field_code, value)
select agency_id,
       case when extract(day from day) < 15 then date_trunc('month', day)::date else date_trunc('month', day)::date + 14 end,
       measure, channel, field_code, sum(value)
from dossiers_daily_figure
where measure = 'dossiers.ended'
group by 1, 2, 3, 4, 5;
