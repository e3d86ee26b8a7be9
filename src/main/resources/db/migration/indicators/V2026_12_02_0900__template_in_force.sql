-- A template is in force for the periods that end between in_force_from and in_force_to (either open).
-- The three-tier template of 2024 serves the periods up to the second quarter of 2025; from 1 July 2025
-- local government has two tiers and the built-in CCHC-2025 serves the periods after.
alter table indicators_template add column in_force_from date, add column in_force_to date;
update indicators_template set in_force_to = date '2025-06-30' where code = 'CCHC-2024';
