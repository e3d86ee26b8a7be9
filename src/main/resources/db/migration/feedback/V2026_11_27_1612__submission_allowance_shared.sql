-- The public form's allowance is counted in shared_public_attempt (PublicAllowance).
drop table feedback_submission_attempt;
