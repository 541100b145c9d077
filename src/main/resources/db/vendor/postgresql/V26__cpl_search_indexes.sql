-- Search of the published CPL (PostgreSQL): part of a model name, manufacturer name or model ID is found through a
-- trigram index, and the start of a Hash through a pattern index that works whatever the database's collation.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the application's database user needs the
-- CREATE privilege on the database, or a DBA creates the extension beforehand (docs/operations.md).
create extension if not exists pg_trgm;
create index cpl_device_model_text on cpl_device_model
    using gin (lower(model_name || ' ' || manufacturer_name || ' ' || model_id) gin_trgm_ops);
create index cpl_hash_association_hash_start on cpl_hash_association (image_hash varchar_pattern_ops);
