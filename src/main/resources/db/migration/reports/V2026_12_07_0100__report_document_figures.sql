-- The narrative's own figures (those the appendix does not carry: late dossiers, overdue tasks, inspections,
-- survey answers, the service index, the investment climate) as they were when the report went up: a report
-- submitted and approved prints them as its approver saw them, whatever the records say later.
create table reports_document_figure (
    document_id bigint         not null references reports_document (id) on delete cascade,
    figure_key  varchar(200)   not null,
    value       numeric        not null,
    primary key (document_id, figure_key)
);
