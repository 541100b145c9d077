-- A renewed CPA certificate lists a CPA-expired entry again: a new status record HASH_ASSOCIATED, the next step of
-- the entry's status chain (V35), never an edit of the CPA_EXPIRED one. This has to follow V35, which created the
-- table, hence 35.1.
alter table cpl_entry_status drop constraint cpl_entry_status_value;
alter table cpl_entry_status add constraint cpl_entry_status_value
    check (status in ('CPA_EXPIRED', 'REMOVED', 'HASH_ASSOCIATED'));

alter table cpl_cpa_renewal add constraint cpl_cpa_renewal_warning
    foreign key (warning_id) references cpl_cpa_warning (id);
