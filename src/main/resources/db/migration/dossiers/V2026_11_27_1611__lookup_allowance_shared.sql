-- The status lookup's allowance is counted in shared_public_attempt (PublicAllowance).
drop table dossiers_lookup_attempt;
