-- Demo data set (demo profile only): the 2026 season, interest groups and events across
-- Hangzhou, Ningbo and Wenzhou, timed relative to the moment the demo database is created.

INSERT INTO season (name, starts_on, ends_on, quarter_names)
VALUES ('2026 浙江省第二届职工文化体育季', current_date - 270, current_date + 95,
        ARRAY['春之韵', '夏之炫', '秋之实', '冬之暖']);

INSERT INTO interest_group (org_unit_id, name, description, category)
SELECT o.id, g.name, g.description, g.category
FROM (VALUES ('杭州市总工会', '杭州职工乒乓球兴趣小组', '每周三晚训练，欢迎各级水平的职工加入，定期组织队内循环赛。', 'SPORTS'),
             ('杭州市总工会', '西湖职工读书会', '每月共读一本书，线下分享会在职工书屋举行。', 'READING'),
             ('宁波市总工会', '宁波职工摄影协会', '港城风光与劳动者影像，每月一次外拍。', 'ARTS'),
             ('温州市总工会', '温州职工越剧兴趣小组', '传承越剧经典唱段，老师傅带新学员。', 'CULTURE'))
         AS g (unit, name, description, category)
JOIN org_unit o ON o.name = g.unit;

INSERT INTO event (season_id, org_unit_id, interest_group_id, title, summary, body, kind, category,
                   venue_name, address, city_code, district_code, lat, lng,
                   starts_at, ends_at, registration_opens_at, registration_closes_at,
                   capacity, waitlist_enabled, audience, tags, status, published_at)
SELECT (SELECT id FROM season LIMIT 1), o.id, ig.id, e.title, e.summary, e.body, e.kind, e.category,
       e.venue, e.address, e.city, e.district, e.lat, e.lng,
       date_trunc('hour', now()) + e.starts_in, date_trunc('hour', now()) + e.starts_in + e.lasts,
       now() + e.opens_in, date_trunc('hour', now()) + e.starts_in - interval '2 hours',
       e.capacity, e.waitlist, e.audience, e.tags, 'PUBLISHED', now() - interval '3 days'
FROM (VALUES
  ('杭州市总工会', NULL, '“韵动四季”杭州市职工乒乓球联赛（秋季赛）', '全市 40 支职工代表队同场竞技，团体赛五局三胜制。', '比赛采用国际乒联最新规则，各区县总工会组队报名，个人报名者由组委会统一编队。', 'LEAGUE_MATCH', 'SPORTS', '杭州市职工文化中心体育馆', '杭州市拱墅区湖墅南路 201 号', '330100', '330105', 30.2765, 120.1560, interval '5 days', interval '8 hours', interval '-5 days', 64, true, 'PUBLIC', ARRAY['乒乓球', '联赛']),
  ('西湖区总工会', NULL, '文化进万家·西溪街道专场文艺演出', '越剧、民乐、舞蹈送到家门口，职工家属均可报名观看。', '演出时长约 2 小时，请提前 20 分钟入场。', 'CULTURE_DELIVERY', 'CULTURE', '西溪街道文化家园剧场', '杭州市西湖区文二西路 738 号', '330100', '330106', 30.2790, 120.1190, interval '3 days', interval '2 hours', interval '-7 days', 300, false, 'PUBLIC', ARRAY['文艺演出', '文化进万家']),
  ('西溪街道总工会', NULL, '“劳动最光荣”主题诵读会', '在职工书屋共读劳模故事，现场有劳模分享。', '诵读篇目由书屋提供，也欢迎自带作品。', 'DEMONSTRATION', 'READING', '西溪街道职工书屋', '杭州市西湖区天目山路 398 号', '330100', '330106', 30.2760, 120.1270, interval '2 days', interval '2 hours', interval '-3 days', 60, true, 'PUBLIC', ARRAY['诵读', '职工书屋']),
  ('杭州市总工会', '杭州职工乒乓球兴趣小组', '乒乓球兴趣小组周三夜训', '分组对抗训练，教练现场指导。', NULL, 'INTEREST_GROUP', 'SPORTS', '拱墅区职工活动中心', '杭州市拱墅区莫干山路 100 号', '330100', '330105', 30.2880, 120.1520, interval '1 day 12 hours', interval '2 hours', interval '-2 days', 24, true, 'MEMBERS', ARRAY['乒乓球', '兴趣小组']),
  ('杭州市总工会', '西湖职工读书会', '读书会 11 月共读：《平凡的世界》', '线下分享会，带上你的读书笔记。', NULL, 'INTEREST_GROUP', 'READING', '杭州图书馆职工书屋', '杭州市上城区解放东路 38 号', '330100', '330102', 30.2450, 120.2050, interval '6 days', interval '2 hours', interval '-1 day', 30, false, 'MEMBERS', ARRAY['读书会']),
  ('滨江区总工会', NULL, '滨江区职工篮球联赛', '企业职工篮球队循环赛，赛后有颁奖仪式。', NULL, 'LEAGUE_MATCH', 'SPORTS', '滨江体育馆', '杭州市滨江区江汉路 1515 号', '330100', '330108', 30.2084, 120.2110, interval '9 days', interval '6 hours', interval '-4 days', 200, false, 'PUBLIC', ARRAY['篮球', '联赛']),
  ('滨江区总工会', NULL, '职工技能大比武：工业机器人操作', '长河街道企业技术骨干同台比拼，优胜者推荐参评“杭州工匠”。', NULL, 'DEMONSTRATION', 'SKILLS', '杭州长河智能装备股份有限公司实训基地', '杭州市滨江区长河路 590 号', '330100', '330108', 30.1900, 120.2000, interval '12 days', interval '1 day', interval '-2 days', 40, false, 'ORG_UNIT', ARRAY['技能比武', '工匠']),
  ('余杭区总工会', NULL, '良渚古城遗址职工健步走', '5 公里健步走，沿途打卡良渚文化。', NULL, 'DEMONSTRATION', 'SPORTS', '良渚古城遗址公园南门', '杭州市余杭区良渚街道凤山路', '330100', '330110', 30.3960, 120.0000, interval '8 days', interval '4 hours', interval '-6 days', 500, false, 'PUBLIC', ARRAY['健步走']),
  ('杭州市总工会', NULL, '职工书法美术作品展开幕式', '展出全市职工书法、国画、油画作品 200 余件。', NULL, 'DEMONSTRATION', 'ARTS', '杭州市职工文化中心展厅', '杭州市拱墅区湖墅南路 201 号', '330100', '330105', 30.2765, 120.1560, interval '4 days', interval '3 hours', interval '-8 days', NULL, false, 'PUBLIC', ARRAY['书画展']),
  ('蒋村街道总工会', NULL, '快递小哥暖心冬日联欢会', '为新就业形态劳动者准备的冬日联欢，现场有热饮和抽奖。', NULL, 'CULTURE_DELIVERY', 'CULTURE', '蒋村街道户外劳动者服务站', '杭州市西湖区五常大道 1 号', '330100', '330106', 30.2900, 120.0800, interval '10 days', interval '3 hours', interval '1 day', 120, true, 'PUBLIC', ARRAY['新就业形态', '联欢']),
  ('杭州市总工会', NULL, '职工羽毛球团体赛', '混合团体赛，每队 6-8 人。', NULL, 'LEAGUE_MATCH', 'SPORTS', '黄龙体育中心羽毛球馆', '杭州市西湖区黄龙路 1 号', '330100', '330106', 30.2680, 120.1370, interval '15 days', interval '8 hours', interval '2 days', 96, true, 'PUBLIC', ARRAY['羽毛球']),
  ('杭州市总工会', NULL, '职工插花艺术体验课', '花艺老师手把手教学，作品可带回家。', NULL, 'DEMONSTRATION', 'ARTS', '杭州市职工文化中心 302 教室', '杭州市拱墅区湖墅南路 201 号', '330100', '330105', 30.2765, 120.1560, interval '7 days', interval '2 hours', interval '-1 day', 20, false, 'PUBLIC', ARRAY['花艺', '体验课']),
  ('宁波市总工会', NULL, '宁波市职工乒乓球联赛（鄞州赛区）', '鄞州区各企业工会组队参赛。', NULL, 'LEAGUE_MATCH', 'SPORTS', '鄞州区全民健身中心', '宁波市鄞州区天童南路 1000 号', '330200', '330212', 29.8160, 121.5470, interval '6 days', interval '8 hours', interval '-3 days', 80, true, 'PUBLIC', ARRAY['乒乓球', '联赛']),
  ('鄞州区总工会', NULL, '文化进万家·首南街道企业专场', '甬剧、走书送进工业园区。', NULL, 'CULTURE_DELIVERY', 'CULTURE', '首南街道职工之家', '宁波市鄞州区泰安中路 88 号', '330200', '330212', 29.8100, 121.5400, interval '4 days', interval '2 hours', interval '-5 days', 150, false, 'PUBLIC', ARRAY['甬剧', '文化进万家']),
  ('宁波市总工会', '宁波职工摄影协会', '摄影协会外拍：北仑港日出', '凌晨集合，拍摄港口日出与码头工人。', NULL, 'INTEREST_GROUP', 'ARTS', '北仑港区观景台', '宁波市北仑区明州路', '330200', '330206', 29.9010, 121.8440, interval '11 days', interval '4 hours', interval '-2 days', 25, true, 'MEMBERS', ARRAY['摄影', '外拍']),
  ('北仑区总工会', NULL, '港城职工拔河比赛', '10 人制拔河，企业工会组队报名。', NULL, 'DEMONSTRATION', 'SPORTS', '北仑区体艺中心', '宁波市北仑区长江路 1166 号', '330200', '330206', 29.9100, 121.8400, interval '13 days', interval '4 hours', interval '-1 day', 160, false, 'PUBLIC', ARRAY['拔河']),
  ('宁波市总工会', NULL, '“书香甬城”职工读书分享会', '劳模工匠带你读好书。', NULL, 'DEMONSTRATION', 'READING', '宁波市职工书屋', '宁波市海曙区中山西路 138 号', '330200', '330203', 29.8740, 121.5450, interval '5 days', interval '2 hours', interval '-4 days', 50, false, 'PUBLIC', ARRAY['读书分享']),
  ('温州市总工会', NULL, '温州市职工象棋比赛', '个人赛，瑞士制七轮。', NULL, 'LEAGUE_MATCH', 'SPORTS', '温州市职工文化宫', '温州市鹿城区人民西路 116 号', '330300', '330302', 28.0150, 120.6550, interval '9 days', interval '8 hours', interval '-3 days', 64, true, 'PUBLIC', ARRAY['象棋']),
  ('温州市总工会', '温州职工越剧兴趣小组', '越剧兴趣小组：《梁祝》选段排练', '老师傅示范，新学员跟唱。', NULL, 'INTEREST_GROUP', 'CULTURE', '温州市职工文化宫 4 楼排练厅', '温州市鹿城区人民西路 116 号', '330300', '330302', 28.0150, 120.6550, interval '3 days', interval '2 hours', interval '-2 days', 20, false, 'MEMBERS', ARRAY['越剧']),
  ('五马街道总工会', NULL, '文化进万家·五马鞋企专场演出', '把演出送进车间，午休时间开演。', NULL, 'CULTURE_DELIVERY', 'CULTURE', '温州五马鞋业有限公司职工食堂', '温州市鹿城区五马街 50 号', '330300', '330302', 28.0200, 120.6600, interval '2 days 4 hours', interval '1 hour', interval '-6 days', 200, false, 'ORG_UNIT', ARRAY['文化进万家']),
  ('温州市总工会', NULL, '职工瑜伽公益课', '减压瑜伽，零基础可参加。', NULL, 'DEMONSTRATION', 'SPORTS', '温州市职工文化宫健身房', '温州市鹿城区人民西路 116 号', '330300', '330302', 28.0150, 120.6550, interval '20 days', interval '90 minutes', interval '5 days', 30, true, 'PUBLIC', ARRAY['瑜伽'])
) AS e (unit, group_name, title, summary, body, kind, category, venue, address, city, district, lat, lng,
        starts_in, lasts, opens_in, capacity, waitlist, audience, tags)
JOIN org_unit o ON o.name = e.unit
LEFT JOIN interest_group ig ON ig.name = e.group_name;

-- Workers who already signed up, so that one event is nearly full and the popular list has an order.
INSERT INTO app_user (openid, nickname, org_unit_id)
SELECT 'demo-fan-' || lpad(n::text, 3, '0'), '职工' || n, (SELECT id FROM org_unit WHERE name = '杭州西溪数字科技有限公司工会')
FROM generate_series(1, 80) AS n;

INSERT INTO registration (event_id, user_id, status, check_in_code, registered_at)
SELECT e.id, u.id, 'CONFIRMED', upper(substr(md5(e.id::text || '-' || u.id::text), 1, 10)), now() - interval '1 day'
FROM event e
JOIN LATERAL (SELECT id FROM app_user WHERE openid LIKE 'demo-fan-%' ORDER BY id
              LIMIT CASE e.title
                      WHEN '“劳动最光荣”主题诵读会' THEN 59
                      WHEN '“韵动四季”杭州市职工乒乓球联赛（秋季赛）' THEN 41
                      WHEN '文化进万家·西溪街道专场文艺演出' THEN 76
                      WHEN '宁波市职工乒乓球联赛（鄞州赛区）' THEN 33
                      WHEN '职工插花艺术体验课' THEN 12
                      ELSE 0 END) u ON true;

UPDATE event e
SET confirmed_count = (SELECT count(*) FROM registration r WHERE r.event_id = e.id AND r.status = 'CONFIRMED');

-- A few seeded members for the groups.
INSERT INTO interest_group_member (group_id, user_id)
SELECT g.id, u.id FROM interest_group g, app_user u
WHERE g.name = '杭州职工乒乓球兴趣小组' AND u.openid IN ('demo-worker-1', 'demo-worker-3', 'demo-fan-001', 'demo-fan-002');

UPDATE interest_group g
SET member_count = (SELECT count(*) FROM interest_group_member m WHERE m.group_id = g.id);
