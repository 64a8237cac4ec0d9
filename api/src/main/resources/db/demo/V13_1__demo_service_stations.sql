-- Demo data set (demo profile only): outdoor-worker service stations (户外劳动者服务站) in Hangzhou
-- and Ningbo, their hours, and one open "closed" report.

INSERT INTO service_station (org_unit_id, name, address, district_code, lat, lng, services, photos, open_24h, free_meal_quota)
SELECT o.id, s.name, s.address, s.district, s.lat, s.lng, s.services::varchar(20)[],
       ARRAY['https://example.com/stations/' || s.n || '.jpg'], s.open_24h, s.quota
FROM (VALUES
  (1, '湖滨暖心驿站', '杭州市上城区湖滨路 28 号', '330102', 30.2590, 120.1640, '杭州市总工会',
      ARRAY['DRINKING_WATER', 'PHONE_CHARGING', 'MICROWAVE', 'REST_AREA', 'TOILET', 'FREE_MEALS'], true, 30),
  (2, '西溪街道户外劳动者服务站', '杭州市西湖区天目山路 398 号 1 楼', '330106', 30.2758, 120.1275, '西溪街道总工会',
      ARRAY['DRINKING_WATER', 'PHONE_CHARGING', 'EBIKE_CHARGING', 'MICROWAVE', 'REST_AREA', 'FIRST_AID_KIT'], false, NULL),
  (3, '蒋村快递小哥之家', '杭州市西湖区五常大道 1 号', '330106', 30.2905, 120.0805, '蒋村街道总工会',
      ARRAY['DRINKING_WATER', 'EBIKE_CHARGING', 'MICROWAVE', 'REST_AREA', 'TOILET', 'FREE_MEALS'], false, 20),
  (4, '长河街道骑手驿站', '杭州市滨江区长河路 590 号', '330108', 30.1905, 120.2005, '长河街道总工会',
      ARRAY['DRINKING_WATER', 'PHONE_CHARGING', 'EBIKE_CHARGING', 'REST_AREA'], true, NULL),
  (5, '滨江区职工法律援助驿站', '杭州市滨江区江汉路 1515 号', '330108', 30.2080, 120.2115, '滨江区总工会',
      ARRAY['DRINKING_WATER', 'REST_AREA', 'LEGAL_AID'], false, NULL),
  (6, '余杭区环卫工人爱心驿站', '杭州市余杭区临平南大街 1 号', '330110', 30.4190, 120.3010, '余杭区总工会',
      ARRAY['DRINKING_WATER', 'MICROWAVE', 'REST_AREA', 'TOILET', 'FREE_MEALS'], false, 15),
  (7, '宁波天一广场暖心驿站', '宁波市海曙区中山东路 188 号', '330203', 29.8700, 121.5540, '宁波市总工会',
      ARRAY['DRINKING_WATER', 'PHONE_CHARGING', 'MICROWAVE', 'REST_AREA', 'TOILET', 'FREE_MEALS'], true, 25),
  (8, '首南街道新就业形态劳动者驿站', '宁波市鄞州区泰安中路 90 号', '330212', 29.8105, 121.5405, '首南街道总工会',
      ARRAY['DRINKING_WATER', 'EBIKE_CHARGING', 'REST_AREA', 'FIRST_AID_KIT', 'LEGAL_AID'], false, NULL),
  (9, '北仑港区司机之家', '宁波市北仑区新碶街道明州路 1 号', '330206', 29.9060, 121.8440, '北仑区总工会',
      ARRAY['DRINKING_WATER', 'PHONE_CHARGING', 'MICROWAVE', 'REST_AREA', 'TOILET', 'FREE_MEALS'], true, 40),
  (10, '鄞州区户外劳动者服务站', '宁波市鄞州区惠风东路 568 号', '330212', 29.8180, 121.5590, '鄞州区总工会',
      ARRAY['DRINKING_WATER', 'PHONE_CHARGING', 'REST_AREA', 'TOILET'], false, NULL)
) AS s (n, name, address, district, lat, lng, unit, services, open_24h, quota)
JOIN org_unit o ON o.name = s.unit;

-- Stations not open round the clock: street stations 07:00–21:00 every day, the legal-aid desk on weekdays.
INSERT INTO service_station_hours (station_id, weekday, opens, closes)
SELECT s.id, d, CASE WHEN s.name LIKE '%法律援助%' THEN time '09:00' ELSE time '07:00' END,
       CASE WHEN s.name LIKE '%法律援助%' THEN time '17:30' ELSE time '21:00' END
FROM service_station s, generate_series(1, 7) AS d
WHERE NOT s.open_24h
  AND NOT (s.name LIKE '%法律援助%' AND d IN (6, 7));

-- A rider found the Changhe station shut.
INSERT INTO station_issue (station_id, user_id, kind, note)
SELECT s.id, u.id, 'CLOSED', '中午去的时候门锁着'
FROM service_station s, app_user u
WHERE s.name = '长河街道骑手驿站' AND u.openid = 'demo-fan-001';
