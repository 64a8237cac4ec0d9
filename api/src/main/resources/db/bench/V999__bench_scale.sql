-- Benchmark scale (profile "bench" only, on top of the demo data): 100,000 published events
-- across the demo cities and 1,000,000 registrations by 20,000 workers.

INSERT INTO app_user (openid, nickname, org_unit_id)
SELECT 'bench-worker-' || n, '压测职工' || n, (SELECT id FROM org_unit WHERE name = '杭州西溪数字科技有限公司工会')
FROM generate_series(1, 20000) AS n;

INSERT INTO event (season_id, org_unit_id, title, summary, kind, category, venue_name, address, city_code,
                   district_code, lat, lng, starts_at, ends_at, registration_opens_at, registration_closes_at,
                   capacity, waitlist_enabled, audience, tags, status, published_at)
SELECT (SELECT id FROM season LIMIT 1),
       (SELECT id FROM org_unit WHERE name = '杭州市总工会'),
       '压测活动 ' || n, '用于性能基准的活动 ' || n,
       (ARRAY['DEMONSTRATION', 'CULTURE_DELIVERY', 'LEAGUE_MATCH'])[1 + n % 3],
       (ARRAY['CULTURE', 'SPORTS', 'READING', 'ARTS', 'SKILLS', 'OTHER'])[1 + n % 6],
       '场馆 ' || (n % 500), '地址 ' || n,
       (ARRAY['330100', '330200', '330300', '330400', '330600', '330700'])[1 + n % 6], NULL,
       28 + (n % 300) / 100.0, 120 + (n % 200) / 100.0,
       date_trunc('hour', now()) + make_interval(hours => 24 + n % 2000),
       date_trunc('hour', now()) + make_interval(hours => 26 + n % 2000),
       now() - interval '1 day', date_trunc('hour', now()) + make_interval(hours => 20 + n % 2000),
       200, true, 'PUBLIC', '{}', 'PUBLISHED', now() - interval '1 day'
FROM generate_series(1, 100000) AS n;

INSERT INTO registration (event_id, user_id, status, check_in_code, registered_at)
SELECT e.id, u.first_id + ((e.id * 7 + k * 1999) % 20000), 'CONFIRMED',
       'Z0' || lpad(to_hex(e.id * 10 + k), 8, '0'), now() - interval '1 hour'
FROM (SELECT id FROM event WHERE title LIKE '压测活动 %') e
CROSS JOIN generate_series(0, 9) AS k
CROSS JOIN (SELECT min(id) AS first_id FROM app_user WHERE openid LIKE 'bench-worker-%') u;

UPDATE event e SET confirmed_count = r.n
FROM (SELECT event_id, count(*) AS n FROM registration GROUP BY event_id) r
WHERE r.event_id = e.id AND e.title LIKE '压测活动 %';

ANALYZE;

-- 5,000 reading rooms across the province with 20 seats each, and 1,000,000 past bookings.
INSERT INTO reading_room (org_unit_id, name, address, district_code, lat, lng)
SELECT (SELECT id FROM org_unit WHERE name = '杭州市总工会'), '压测书屋 ' || n, '地址 ' || n, '330106',
       27.5 + (n * 7919 % 3500) / 1000.0, 118.5 + (n * 104729 % 3500) / 1000.0
FROM generate_series(1, 5000) AS n;

INSERT INTO reading_room_hours (room_id, weekday, opens, closes)
SELECT r.id, d, time '08:00', time '21:00'
FROM reading_room r, generate_series(1, 7) AS d
WHERE r.name LIKE '压测书屋 %';

INSERT INTO seat (room_id, seat_no)
SELECT r.id, n FROM reading_room r, generate_series(1, 20) AS n WHERE r.name LIKE '压测书屋 %';

INSERT INTO booking (room_id, seat_no, user_id, day, during, status, checked_in_at)
SELECT r.id, 1 + (k * 5) % 20, u.first_id + ((r.id * 31 + d * 7 + k) % 20000),
       current_date - d,
       tstzrange((current_date - d + make_time(8 + k * 3, 0, 0)) AT TIME ZONE 'Asia/Shanghai',
                 (current_date - d + make_time(10 + k * 3, 0, 0)) AT TIME ZONE 'Asia/Shanghai', '[)'),
       CASE WHEN (r.id + d + k) % 10 = 0 THEN 'NO_SHOW' ELSE 'COMPLETED' END,
       NULL
FROM (SELECT id FROM reading_room WHERE name LIKE '压测书屋 %') r
CROSS JOIN generate_series(1, 50) AS d
CROSS JOIN generate_series(0, 3) AS k
CROSS JOIN (SELECT min(id) AS first_id FROM app_user WHERE openid LIKE 'bench-worker-%') u;

ANALYZE;
