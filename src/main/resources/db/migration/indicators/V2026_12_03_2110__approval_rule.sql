-- Who approves a template's reports: by default an account of a unit above the report's unit. A
-- template may also let another account of the same unit approve (a province's own report, which has
-- no unit above it). Never the account that submitted it. A template's rule, not a version's: it moves
-- no figure, so it may change while reports use the template.
create table indicators_approval_rule (
    template_code varchar(40) primary key,
    same_unit     boolean     not null,
    changed_by    varchar(60) not null,
    changed_at    timestamptz not null
);
