-- A unit's own Word template for its report, replacing the built-in layout (placeholders in braces).
create table reports_docx_template (
    unit_id     bigint      primary key,
    content     bytea       not null,
    uploaded_by varchar(60) not null,
    uploaded_at timestamptz not null
);
