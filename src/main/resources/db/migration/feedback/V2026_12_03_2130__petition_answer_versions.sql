-- Every answer given to a petition is kept as a version: a new answer never overwrites an earlier
-- one, and once an answer has been published, changing it takes a new version with its reason.
create table feedback_petition_answer (
    petition_id  bigint        not null references feedback_petition (id),
    version      int           not null,
    answer       varchar(5000) not null,
    answered_at  timestamptz   not null,
    answered_by  varchar(60),
    reason       varchar(1000),
    primary key (petition_id, version)
);

alter table feedback_petition add column answer_version int not null default 0;
-- Whether the answer was ever shown on the public page (published now or before).
alter table feedback_petition add column ever_published boolean not null default false;

insert into feedback_petition_answer (petition_id, version, answer, answered_at, answered_by)
select id, 1, answer, answered_at, answered_by from feedback_petition where status = 'ANSWERED' and answer is not null;
update feedback_petition set answer_version = 1, ever_published = published where status = 'ANSWERED' and answer is not null;
