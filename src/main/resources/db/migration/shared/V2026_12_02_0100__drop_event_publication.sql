-- Spring Modulith's event publication registry is not used (decision 0008): the only listener
-- writes the outbox inside the action's transaction. The table only ever held publications for
-- transactional listeners, of which there were none.
drop table if exists event_publication;
