-- Search of the published CPL: PostgreSQL gets trigram and pattern indexes at this version
-- (db/vendor/postgresql). H2, the single-machine default, searches by scanning, which is quick at its sizes; the
-- version is kept here so that both databases have the same history.
select 1;
