-- Demo data set (demo profile only): craftsmen, classrooms, the three lecture series and two
-- weeks of sessions around the day the demo database is created.

INSERT INTO craftsman (name, honours, enterprise, trade, org_unit_id, biography, portrait_url, studio_name)
SELECT c.name, c.honours, c.enterprise, c.trade, o.id, c.bio, 'https://example.com/craftsmen/' || c.n || '.jpg', c.studio
FROM (VALUES
  (1, '陈建华', ARRAY['GREAT_CRAFTSMAN:2021', 'NATIONAL_MODEL_WORKER:2020'], '杭州长河智能装备股份有限公司', '数控机床装调',
   '三十年扎根车间，带出 200 多名高级技工，主持攻关精密主轴装配工艺。', '陈建华劳模创新工作室', '杭州长河智能装备股份有限公司工会'),
  (2, '王秀芳', ARRAY['ZHEJIANG_CRAFTSMAN:2022', 'MAY_DAY_LABOUR_MEDAL:2023'], '杭州龙井茶业集团有限公司', '龙井茶炒制',
   '西湖龙井炒制技艺传承人，手工炒茶“十大手法”示范者。', '王秀芳炒茶技艺工作室', '杭州龙井茶业集团有限公司工会'),
  (3, '刘国强', ARRAY['PROVINCIAL_MODEL_WORKER:2019'], '宁波港城精密机械有限公司', '焊接',
   '焊接高级技师，参与港口起重机关键部件焊接工艺改进。', NULL, '宁波港城精密机械有限公司工会'),
  (4, '赵敏', ARRAY['ZHEJIANG_YOUNG_CRAFTSMAN:2024'], '杭州西溪数字科技有限公司', '工业软件开发',
   '青年工程师，开发车间数字化看板，获省职工技能大赛一等奖。', NULL, '杭州西溪数字科技有限公司工会'),
  (5, '周海军', ARRAY['NATIONAL_MODEL_WORKER:2015', 'GREAT_CRAFTSMAN:2019'], '温州五马鞋业有限公司', '制鞋工艺',
   '从学徒到总工艺师，推动传统制鞋工艺与智能产线结合。', '周海军技能大师工作室', '温州五马鞋业有限公司工会'),
  (6, '孙丽萍', ARRAY['MAY_DAY_LABOUR_MEDAL:2021'], '杭州蒋村智慧物流有限公司', '智能分拣运维',
   '物流分拣线运维班长，总结“安全操作十字诀”。', NULL, '杭州蒋村智慧物流有限公司工会')
) AS c (n, name, honours, enterprise, trade, bio, studio, unit)
JOIN org_unit o ON o.name = c.unit;

INSERT INTO classroom (org_unit_id, name, mode, address, district_code, lat, lng, capacity, live_url)
SELECT o.id, c.name, c.mode, c.address, c.district, c.lat, c.lng, c.capacity, c.live_url
FROM (VALUES
  ('杭州长河智能装备股份有限公司工会', '长河智能装备职工食堂微课堂', 'OFFLINE', '杭州市滨江区长河路 590 号食堂二楼', '330108', 30.1900, 120.2000, 80, NULL),
  ('杭州西溪数字科技有限公司工会', '西溪数字科技车间角微课堂', 'OFFLINE', '杭州市西湖区文一西路 588 号 B 座车间', '330106', 30.2890, 120.0960, 30, NULL),
  ('杭州市总工会', '杭州市职工文化中心报告厅', 'OFFLINE', '杭州市拱墅区湖墅南路 201 号 1 楼', '330105', 30.2765, 120.1560, 200, NULL),
  ('浙江省总工会', '浙江职工云课堂', 'ONLINE', NULL, NULL, NULL, NULL, NULL, 'https://live.example.com/zj-workers')
) AS c (unit, name, mode, address, district, lat, lng, capacity, live_url)
JOIN org_unit o ON o.name = c.unit;

INSERT INTO lecture_series (org_unit_id, name, description)
SELECT o.id, s.name, s.description
FROM (VALUES ('杭州市总工会', '班前十分钟', '每个工作日班前十分钟，讲安全、讲技能、讲工匠精神。'),
             ('浙江省总工会', '劳模工匠宣讲', '劳模工匠走进企业、走进车间，讲述奋斗故事。'),
             ('浙江省总工会', '思政云课堂', '线上思政微课，直播后可看回放。')) AS s (unit, name, description)
JOIN org_unit o ON o.name = s.unit;

-- 班前十分钟: every weekday 08:00 for 10 minutes in the canteen, one week back and one ahead.
INSERT INTO lecture (series_id, classroom_id, topic, summary, starts_at, ends_at, capacity, status, check_in_code)
SELECT (SELECT id FROM lecture_series WHERE name = '班前十分钟'),
       (SELECT id FROM classroom WHERE name = '长河智能装备职工食堂微课堂'),
       (ARRAY['安全生产“十不准”', '精密装配的五个细节', '设备点检怎么做', '工匠精神从哪里来', '节能降耗小窍门'])[1 + (d + 7) % 5],
       '十分钟，一个要点。',
       (day + time '08:00') AT TIME ZONE 'Asia/Shanghai', (day + time '08:10') AT TIME ZONE 'Asia/Shanghai', 80,
       CASE WHEN day < (now() AT TIME ZONE 'Asia/Shanghai')::date THEN 'DONE' ELSE 'SCHEDULED' END,
       'BQ' || lpad((d + 7)::text, 6, '0')
FROM generate_series(-7, 7) AS d,
     LATERAL (SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date + d AS day) AS x
WHERE extract(isodow FROM day) <= 5;

-- 劳模工匠宣讲 in the city hall, 思政云课堂 online.
INSERT INTO lecture (series_id, classroom_id, topic, summary, starts_at, ends_at, capacity, status, live_url, replay_url, check_in_code)
SELECT (SELECT id FROM lecture_series WHERE name = l.series), (SELECT id FROM classroom WHERE name = l.classroom),
       l.topic, l.summary,
       ((now() AT TIME ZONE 'Asia/Shanghai')::date + l.d + l.at) AT TIME ZONE 'Asia/Shanghai',
       ((now() AT TIME ZONE 'Asia/Shanghai')::date + l.d + l.at + l.lasts) AT TIME ZONE 'Asia/Shanghai',
       l.capacity, CASE WHEN l.d < 0 THEN 'DONE' ELSE 'SCHEDULED' END, l.live, CASE WHEN l.d < 0 THEN l.live || '/replay' END,
       'XJ' || lpad((l.d + 10)::text, 3, '0') || l.n
FROM (VALUES
  (1, '劳模工匠宣讲', '杭州市职工文化中心报告厅', '一根主轴的三十年', '大国工匠陈建华讲述精密装配的坚守。', -2, time '14:00', interval '90 minutes', 200, NULL),
  (2, '劳模工匠宣讲', '杭州市职工文化中心报告厅', '一片茶叶的手艺', '浙江工匠王秀芳现场演示龙井炒制。', 1, time '14:00', interval '90 minutes', 200, NULL),
  (3, '劳模工匠宣讲', '西溪数字科技车间角微课堂', '青年工匠的数字化之路', '赵敏分享车间数字化看板的开发。', 3, time '15:00', interval '60 minutes', 30, NULL),
  (4, '劳模工匠宣讲', '杭州市职工文化中心报告厅', '从学徒到总工艺师', '全国劳模周海军的成长故事。', 5, time '14:00', interval '90 minutes', 200, NULL),
  (5, '思政云课堂', '浙江职工云课堂', '新时代产业工人队伍建设', '线上直播，可看回放。', -4, time '19:30', interval '45 minutes', NULL, 'https://live.example.com/zj-workers'),
  (6, '思政云课堂', '浙江职工云课堂', '劳动精神与职业规划', '线上直播，可看回放。', 2, time '19:30', interval '45 minutes', NULL, 'https://live.example.com/zj-workers'),
  (7, '思政云课堂', '浙江职工云课堂', '安全生产法律常识', '线上直播，可看回放。', 6, time '19:30', interval '45 minutes', NULL, 'https://live.example.com/zj-workers')
) AS l (n, series, classroom, topic, summary, d, at, lasts, capacity, live);

INSERT INTO lecture_lecturer (lecture_id, craftsman_id, during)
SELECT l.id, c.id, l.during
FROM lecture l
JOIN craftsman c ON c.name = CASE
    WHEN l.check_in_code LIKE 'BQ%' THEN (ARRAY['陈建华', '刘国强', '孙丽萍', '赵敏'])[1 + substr(l.check_in_code, 3)::int % 4]
    WHEN l.topic = '一根主轴的三十年' THEN '陈建华'
    WHEN l.topic = '一片茶叶的手艺' THEN '王秀芳'
    WHEN l.topic = '青年工匠的数字化之路' THEN '赵敏'
    WHEN l.topic = '从学徒到总工艺师' THEN '周海军'
    WHEN l.topic = '新时代产业工人队伍建设' THEN '陈建华'
    WHEN l.topic = '劳动精神与职业规划' THEN '王秀芳'
    ELSE '孙丽萍' END;
