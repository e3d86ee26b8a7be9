-- The name a document goes by when it is not its file's own: a document imported with a dossier of the
-- past keeps the name the old system gave it, while its file is the one shared PDF that stands in for
-- every file left in that system. Null for a document whose file carries its name (an upload).
alter table dossiers_document add column file_name varchar(255);
