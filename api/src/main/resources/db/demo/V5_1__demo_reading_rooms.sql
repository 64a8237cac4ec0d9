-- Demo data set (demo profile only): reading rooms in Hangzhou and Ningbo, their hours and
-- seats, and a few bookings for the days ahead.

INSERT INTO reading_room (org_unit_id, name, address, district_code, lat, lng, facilities, photos)
SELECT o.id, r.name, r.address, r.district, r.lat, r.lng, r.facilities, ARRAY['https://example.com/rooms/' || r.n || '.jpg']
FROM (VALUES
  (1, '西溪街道职工书屋', '杭州市西湖区天目山路 398 号 2 楼', '330106', 30.2760, 120.1270, '西溪街道总工会', ARRAY['空调', 'Wi-Fi', '饮水机', '充电插座']),
  (2, '杭州市职工文化中心书屋', '杭州市拱墅区湖墅南路 201 号 3 楼', '330105', 30.2765, 120.1560, '杭州市总工会', ARRAY['空调', 'Wi-Fi', '无障碍通道', '自助借还']),
  (3, '西溪数字科技职工书屋', '杭州市西湖区文一西路 588 号 A 座', '330106', 30.2890, 120.0960, '杭州西溪数字科技有限公司工会', ARRAY['空调', 'Wi-Fi', '咖啡角']),
  (4, '长河街道职工书屋', '杭州市滨江区长河路 590 号', '330108', 30.1900, 120.2000, '长河街道总工会', ARRAY['空调', 'Wi-Fi', '充电插座']),
  (5, '蒋村快递小哥驿站书屋', '杭州市西湖区五常大道 1 号', '330106', 30.2900, 120.0800, '蒋村街道总工会', ARRAY['空调', '饮水机', '充电插座', '微波炉']),
  (6, '滨江区职工书屋', '杭州市滨江区江汉路 1515 号', '330108', 30.2084, 120.2110, '滨江区总工会', ARRAY['空调', 'Wi-Fi']),
  (7, '宁波市职工书屋', '宁波市海曙区中山西路 138 号', '330203', 29.8740, 121.5450, '宁波市总工会', ARRAY['空调', 'Wi-Fi', '无障碍通道']),
  (8, '首南街道职工书屋', '宁波市鄞州区泰安中路 88 号', '330212', 29.8100, 121.5400, '首南街道总工会', ARRAY['空调', '饮水机']),
  (9, '港城精密机械职工书屋', '宁波市鄞州区天童南路 1588 号', '330212', 29.8050, 121.5600, '宁波港城精密机械有限公司工会', ARRAY['空调', '充电插座'])
) AS r (n, name, address, district, lat, lng, unit, facilities)
JOIN org_unit o ON o.name = r.unit;

-- Most rooms open every day 08:00–21:00; the city centre closes on Mondays; enterprise rooms keep office hours.
INSERT INTO reading_room_hours (room_id, weekday, opens, closes)
SELECT r.id, d, CASE WHEN r.name LIKE '%有限公司%' OR r.name IN ('西溪数字科技职工书屋', '港城精密机械职工书屋') THEN time '09:00' ELSE time '08:00' END,
       CASE WHEN r.name IN ('西溪数字科技职工书屋', '港城精密机械职工书屋') THEN time '18:00' ELSE time '21:00' END
FROM reading_room r, generate_series(1, 7) AS d
WHERE NOT (r.name = '杭州市职工文化中心书屋' AND d = 1)
  AND NOT (r.name IN ('西溪数字科技职工书屋', '港城精密机械职工书屋') AND d IN (6, 7));

INSERT INTO seat (room_id, seat_no, power_socket, accessible)
SELECT r.id, n, n % 4 = 1, n = 1
FROM reading_room r
JOIN (VALUES ('西溪街道职工书屋', 24), ('杭州市职工文化中心书屋', 40), ('西溪数字科技职工书屋', 12),
             ('长河街道职工书屋', 20), ('蒋村快递小哥驿站书屋', 10), ('滨江区职工书屋', 30),
             ('宁波市职工书屋', 36), ('首南街道职工书屋', 16), ('港城精密机械职工书屋', 10)) AS c (name, seats)
  ON c.name = r.name
CROSS JOIN LATERAL generate_series(1, c.seats) AS n;

INSERT INTO reading_room_closure (room_id, day, reason)
SELECT id, (now() AT TIME ZONE 'Asia/Shanghai')::date + 3, '设备检修' FROM reading_room WHERE name = '滨江区职工书屋';

-- A few bookings tomorrow afternoon in the Xixi room.
INSERT INTO booking (room_id, seat_no, user_id, day, during, status)
SELECT r.id, s.n, u.id, ((now() AT TIME ZONE 'Asia/Shanghai')::date + 1),
       tstzrange((((now() AT TIME ZONE 'Asia/Shanghai')::date + 1) + time '14:00') AT TIME ZONE 'Asia/Shanghai',
                 (((now() AT TIME ZONE 'Asia/Shanghai')::date + 1) + time '16:00') AT TIME ZONE 'Asia/Shanghai', '[)'), 'BOOKED'
FROM reading_room r
JOIN (VALUES (1, 'demo-fan-001'), (2, 'demo-fan-002'), (3, 'demo-fan-003'), (5, 'demo-fan-004')) AS s (n, openid) ON true
JOIN app_user u ON u.openid = s.openid
WHERE r.name = '西溪街道职工书屋';
