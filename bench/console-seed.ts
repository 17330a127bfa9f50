/**
 * Seeds the console benchmark's volume in SQL (generate_series, no per-row round trips): sites,
 * 1,000 stations with 2 connectors, drivers with tags, sessions over the last 12 months with a
 * realistic status mix, meter values for the most recent sessions, commands, anomalies,
 * connection history, alerts and audit rows. Triggers are off while seeding (a replica role),
 * so a million sessions do not write a million notifications.
 */
import type postgres from 'postgres';

export interface TSeedVolume {
  stations: number;
  drivers: number;
  sessions: number;
}

export async function seedConsoleVolume(sql: postgres.Sql, volume: TSeedVolume): Promise<void> {
  const { stations, drivers, sessions } = volume;
  const sites = Math.max(1, Math.round(stations / 10));
  await sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`insert into tariffs (name, currency, energy_price_per_mwh, session_fee, vat_basis_points)
      values ('Bench', 'EUR', 39000, 35, 1900)`;
    await tx`insert into sites (name, address, city, country, latitude, longitude, time_zone,
        amenities, grid_limit_w, tariff_id)
      select 'Site ' || lpad(g::text, 4, '0'), g || ' Bench Street', (array['Berlin','Hamburg','Munich','Cologne'])[1 + g % 4],
        'DE', 48 + (g % 50) * 0.1, 8 + (g % 60) * 0.1, 'Europe/Berlin', array['Toilets','Café'],
        case when g % 3 = 0 then null else 200000 + (g % 5) * 50000 end, (select id from tariffs limit 1)
      from generate_series(1, ${sites}) g`;
    await tx`create temp table bench_sites on commit drop as
      select row_number() over (order by name) - 1 as n, id from sites`;
    await tx`insert into stations (site_id, identity, name, vendor, model, firmware_version,
        ocpp_version, password_hash, registration_status, connection_state, last_seen_at, status,
        heartbeat_interval_s, decommissioned_at)
      select s.id, 'BENCH-' || lpad(g::text, 5, '0'), 'Bench station ' || g,
        (array['ABB','Alpitronic','Kempower','Wallbox'])[1 + g % 4], 'Model ' || (g % 7),
        '1.' || (g % 5) || '.0', case when g % 10 = 0 then '2.0.1' else '1.6' end, 'x',
        (case when g % 97 = 0 then 'Pending' else 'Accepted' end)::registration_status,
        (case when g % 10 < 9 then 'online' else 'offline' end)::connection_state,
        now() - (g % 600) * interval '1 second',
        (case when g % 50 = 0 then 'Faulted' else 'Available' end)::connector_status, 300,
        case when g % 199 = 0 then now() - interval '10 days' end
      from generate_series(1, ${stations}) g join bench_sites s on s.n = g % ${sites}`;
    await tx`create temp table bench_stations on commit drop as
      select row_number() over (order by identity) - 1 as n, id from stations`;
    await tx`insert into connectors (station_id, connector_id, type, max_power_w, status, status_at)
      select st.id, c, (case when c = 1 then 'Type2' else 'CCS2' end)::connector_type,
        case when c = 1 then 22000 else 150000 end,
        (case when (st.n + c) % 9 = 0 then 'Charging' else 'Available' end)::connector_status, now()
      from bench_stations st cross join generate_series(1, 2) c`;
    await tx`insert into users (email, name, password_hash, role)
      select 'driver' || g || '@bench.test', 'Driver ' || g, 'x', 'driver'
      from generate_series(1, ${drivers}) g`;
    await tx`insert into users (email, name, password_hash, role)
      values ('admin@bench.test', 'Bench Admin', 'x', 'admin'), ('operator@bench.test', 'Bench Operator', 'x', 'operator')`;
    await tx`create temp table bench_drivers on commit drop as
      select row_number() over (order by email) - 1 as n, id from users where role = 'driver'`;
    await tx`insert into id_tags (id_tag, user_id, status)
      select 'TAG' || lpad(d.n::text, 6, '0'), d.id, 'Accepted' from bench_drivers d`;
    // Started times evenly spread over 365 days (unique, so the replay-dedupe key holds).
    await tx`insert into sessions (transaction_id, station_id, connector_id, id_tag, user_id, status,
        started_at, stopped_at, meter_start_wh, meter_stop_wh, energy_wh, stop_reason, cost_minor,
        currency, created_at, updated_at)
      select g, st.id, 1 + g % 2, 'TAG' || lpad(d.n::text, 6, '0'), d.id, x.status,
        x.started_at, case when x.status in ('COMPLETED','STOPPED','FAILED') then x.started_at + x.duration end,
        1000000, 1000000 + x.energy, x.energy, case when x.status = 'STOPPED' then 'Remote' else 'EVDisconnected' end,
        case when x.energy > 0 then 35 + x.energy * 39 / 1000 end, 'EUR', x.started_at, x.started_at
      from generate_series(1, ${sessions}) g
      cross join lateral (select random() as r) rnd
      cross join lateral (select
        case when g > ${sessions} - 40 then 'CHARGING'
             when rnd.r < 0.84 then 'COMPLETED' when rnd.r < 0.92 then 'STOPPED'
             when rnd.r < 0.96 then 'FAILED' when rnd.r < 0.985 then 'CANCELLED' else 'DENIED' end::session_status as status,
        now() - interval '365 days' + (g::float8 / ${sessions}) * interval '365 days' - interval '5 minutes' as started_at,
        (10 + (g * 37) % 110) * interval '1 minute' as duration,
        case when rnd.r < 0.96 or g > ${sessions} - 40 then 2000 + (g::bigint * 7919) % 45000 else 0 end as energy) x
      join bench_stations st on st.n = g % ${stations}
      join bench_drivers d on d.n = (g * 31) % ${drivers}`;
    await tx`insert into meter_values (station_id, connector_id, session_id, transaction_id,
        sampled_at, measurand, unit, value)
      select s.station_id, s.connector_id, s.id, s.transaction_id, s.started_at + k * interval '1 minute',
        m, case when m = 'Power.Active.Import' then 'W' else 'Wh' end,
        case when m = 'Power.Active.Import' then 11000 else s.meter_start_wh + k * 180 end
      from (select * from sessions order by transaction_id desc limit 2000) s
      cross join generate_series(0, 29) k cross join unnest(array['Energy.Active.Import.Register','Power.Active.Import']) m`;
    await tx`insert into commands (station_id, action, request, state, ocpp_status, requested_by, created_at, answered_at, latency_ms)
      select st.id, (array['RemoteStartTransaction','RemoteStopTransaction','UnlockConnector','Reset','ChangeAvailability','SetChargingProfile'])[1 + g % 6],
        '{}'::jsonb, (array['answered','answered','answered','answered','timeout','offline','failed'])[1 + g % 7]::command_state,
        case when g % 7 < 4 then (case when g % 11 = 0 then 'Rejected' else 'Accepted' end) end,
        (select id from users where email = 'operator@bench.test'),
        now() - (g::float8 / 50000) * interval '365 days', now() - (g::float8 / 50000) * interval '365 days', 200 + g % 800
      from generate_series(1, 50000) g join bench_stations st on st.n = g % ${stations}`;
    await tx`insert into anomalies (station_id, kind, message, created_at)
      select st.id, (array['unknown_transaction','meter_backwards','late_stop'])[1 + g % 3], 'Bench anomaly',
        now() - (g::float8 / 5000) * interval '365 days'
      from generate_series(1, 5000) g join bench_stations st on st.n = g % ${stations}`;
    await tx`insert into station_connection_events (station_id, state, at)
      select st.id, (case when k % 2 = 0 then 'offline' else 'online' end)::connection_state,
        now() - interval '40 days' + k * interval '2 days' + (st.n % 24) * interval '1 hour'
      from bench_stations st cross join generate_series(1, 19) k`;
    await tx`insert into alerts (title, message, severity, effective_at, expires_at)
      select 'Bench alert ' || g, 'Maintenance', 'INFO', now() - (g - 20) * interval '1 day',
        now() - (g - 25) * interval '1 day' from generate_series(1, 200) g`;
    await tx`insert into audit_log (actor_id, action, target_type, target_id, details, created_at)
      select (select id from users where email = case when g % 4 = 0 then 'admin@bench.test' else 'operator@bench.test' end),
        (array['command.sent','tariff.updated','alert.created','site.updated','api_key.created'])[1 + g % 5],
        'station', g::text, '{}'::jsonb, now() - (20000 - g) * interval '1 minute'
      from generate_series(1, 20000) g`;
  });
  // A real database has had autovacuum run: the visibility map lets scans skip the heap.
  await sql`vacuum analyze`;
}
