-- Benchmark scale (profile "bench" only, after V999): the province's 1,000 outdoor-worker service
-- stations and 20,000 more for headroom, spread over Zhejiang; a third open 24 hours, the rest
-- 07:00–21:00 (every tenth closed on Sundays); every fourth hands out free meals; every fiftieth
-- has an open "closed" report.

INSERT INTO service_station (org_unit_id, name, address, district_code, lat, lng, services, open_24h, free_meal_quota)
SELECT (SELECT id FROM org_unit WHERE name = '杭州市总工会'), '压测驿站 ' || n, '地址 ' || n, '330106',
       27.2 + (n::bigint * 7919 % 3900) / 1000.0, 118.2 + (n::bigint * 104729 % 4400) / 1000.0,
       ARRAY['DRINKING_WATER', 'REST_AREA']::varchar(20)[]
         || CASE WHEN n % 2 = 0 THEN ARRAY['PHONE_CHARGING']::varchar(20)[] ELSE '{}' END
         || CASE WHEN n % 3 = 0 THEN ARRAY['EBIKE_CHARGING']::varchar(20)[] ELSE '{}' END
         || CASE WHEN n % 5 = 0 THEN ARRAY['MICROWAVE', 'TOILET']::varchar(20)[] ELSE '{}' END
         || CASE WHEN n % 7 = 0 THEN ARRAY['LEGAL_AID']::varchar(20)[] ELSE '{}' END
         || CASE WHEN n % 4 = 0 THEN ARRAY['FREE_MEALS']::varchar(20)[] ELSE '{}' END,
       n % 3 = 0,
       CASE WHEN n % 4 = 0 THEN 20 END
FROM generate_series(1, 21000) AS n;

INSERT INTO service_station_hours (station_id, weekday, opens, closes)
SELECT s.id, d, time '07:00', time '21:00'
FROM service_station s, generate_series(1, 7) AS d
WHERE s.name LIKE '压测驿站 %' AND NOT s.open_24h AND NOT (s.id % 10 = 0 AND d = 7);

INSERT INTO station_issue (station_id, user_id, kind, note)
SELECT s.id, u.first_id + s.id % 20000, 'CLOSED', '压测'
FROM (SELECT id FROM service_station WHERE name LIKE '压测驿站 %' AND id % 50 = 0) s
CROSS JOIN (SELECT min(id) AS first_id FROM app_user WHERE openid LIKE 'bench-worker-%') u;

ANALYZE service_station;
ANALYZE service_station_hours;
ANALYZE station_issue;
