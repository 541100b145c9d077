-- Reference data: the real SEC Releases already implemented, as they happened (the November 2019
-- release moved from 7 to 29 November 2019 with the Authority's consent). A migration rather than demo
-- data: these are facts every installation needs (cases name them as their release), and a migration
-- runs once, so SECAS's later changes are never overwritten. Future scheduled releases are not seeded
-- here: SECAS generates them from the usual pattern (they depend on today's date).

insert into sec_release (name, kind, status, planned_date, actual_date, created_at, created_by, version)
values ('November 2018 SEC Release', 'SCHEDULED', 'IMPLEMENTED', date '2018-11-01', date '2018-11-01', current_timestamp, 'reference data (V7 migration)', 0);
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2018 SEC Release'), 'PROPOSED', null, date '2018-11-01', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2018 SEC Release'), 'CONFIRMED', null, date '2018-11-01', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2018 SEC Release'), 'IMPLEMENTED', date '2018-11-01', date '2018-11-01', null, current_timestamp, 'reference data (V7 migration)');

insert into sec_release (name, kind, status, planned_date, actual_date, created_at, created_by, version)
values ('February 2019 SEC Release', 'SCHEDULED', 'IMPLEMENTED', date '2019-02-28', date '2019-02-28', current_timestamp, 'reference data (V7 migration)', 0);
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'February 2019 SEC Release'), 'PROPOSED', null, date '2019-02-28', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'February 2019 SEC Release'), 'CONFIRMED', null, date '2019-02-28', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'February 2019 SEC Release'), 'IMPLEMENTED', date '2019-02-28', date '2019-02-28', null, current_timestamp, 'reference data (V7 migration)');

insert into sec_release (name, kind, status, planned_date, actual_date, created_at, created_by, version)
values ('November 2019 SEC Release', 'SCHEDULED', 'IMPLEMENTED', date '2019-11-29', date '2019-11-29', current_timestamp, 'reference data (V7 migration)', 0);
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2019 SEC Release'), 'PROPOSED', null, date '2019-11-07', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2019 SEC Release'), 'CONFIRMED', null, date '2019-11-07', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2019 SEC Release'), 'MOVED', date '2019-11-07', date '2019-11-29', 'Authority consent: the Authority agreed to move the release from 7 to 29 November 2019.', current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2019 SEC Release'), 'IMPLEMENTED', date '2019-11-29', date '2019-11-29', null, current_timestamp, 'reference data (V7 migration)');

insert into sec_release (name, kind, status, planned_date, actual_date, created_at, created_by, version)
values ('June 2021 SEC Release', 'SCHEDULED', 'IMPLEMENTED', date '2021-06-24', date '2021-06-24', current_timestamp, 'reference data (V7 migration)', 0);
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'June 2021 SEC Release'), 'PROPOSED', null, date '2021-06-24', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'June 2021 SEC Release'), 'CONFIRMED', null, date '2021-06-24', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'June 2021 SEC Release'), 'IMPLEMENTED', date '2021-06-24', date '2021-06-24', null, current_timestamp, 'reference data (V7 migration)');

insert into sec_release (name, kind, status, planned_date, actual_date, created_at, created_by, version)
values ('August 2022 SEC Release', 'AD_HOC', 'IMPLEMENTED', date '2022-08-01', date '2022-08-01', current_timestamp, 'reference data (V7 migration)', 0);
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'August 2022 SEC Release'), 'PROPOSED', null, date '2022-08-01', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'August 2022 SEC Release'), 'CONFIRMED', null, date '2022-08-01', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'August 2022 SEC Release'), 'IMPLEMENTED', date '2022-08-01', date '2022-08-01', null, current_timestamp, 'reference data (V7 migration)');

insert into sec_release (name, kind, status, planned_date, actual_date, created_at, created_by, version)
values ('November 2022 SEC Release', 'SCHEDULED', 'IMPLEMENTED', date '2022-11-03', date '2022-11-03', current_timestamp, 'reference data (V7 migration)', 0);
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2022 SEC Release'), 'PROPOSED', null, date '2022-11-03', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2022 SEC Release'), 'CONFIRMED', null, date '2022-11-03', null, current_timestamp, 'reference data (V7 migration)');
insert into sec_release_event (release_id, kind, from_date, to_date, reason, recorded_at, recorded_by)
values ((select id from sec_release where name = 'November 2022 SEC Release'), 'IMPLEMENTED', date '2022-11-03', date '2022-11-03', null, current_timestamp, 'reference data (V7 migration)');
