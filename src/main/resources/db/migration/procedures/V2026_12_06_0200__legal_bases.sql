-- Căn cứ pháp lý: the legal documents each version of a procedure rests on (number, title, issuedOn,
-- issuer), as the national catalogue lists them. A version written before holds none ("chưa cập nhật").
alter table procedures_version add column legal_bases jsonb not null default '[]';
