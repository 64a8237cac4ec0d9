-- Demo data set (demo profile only): the union tree of Zhejiang down to a few enterprise unions,
-- and the demo users of README.md. Each domain adds its own V<n>_1__demo_*.sql after its schema.

INSERT INTO org_unit (parent_id, name, level, region_code)
VALUES (NULL, '浙江省总工会', 'PROVINCE', '330000');

INSERT INTO org_unit (parent_id, name, level, region_code)
SELECT p.id, c.name, 'CITY', c.code
FROM org_unit p,
     (VALUES ('杭州市总工会', '330100'), ('宁波市总工会', '330200'), ('温州市总工会', '330300'),
             ('嘉兴市总工会', '330400'), ('绍兴市总工会', '330600'), ('金华市总工会', '330700')) AS c (name, code)
WHERE p.name = '浙江省总工会';

INSERT INTO org_unit (parent_id, name, level, region_code)
SELECT p.id, c.name, 'COUNTY', c.code
FROM (VALUES ('杭州市总工会', '西湖区总工会', '330106'), ('杭州市总工会', '滨江区总工会', '330108'),
             ('杭州市总工会', '余杭区总工会', '330110'), ('宁波市总工会', '鄞州区总工会', '330212'),
             ('宁波市总工会', '北仑区总工会', '330206'), ('温州市总工会', '鹿城区总工会', '330302'))
         AS c (parent, name, code)
JOIN org_unit p ON p.name = c.parent;

INSERT INTO org_unit (parent_id, name, level, region_code)
SELECT p.id, c.name, 'TOWNSHIP', c.code
FROM (VALUES ('西湖区总工会', '西溪街道总工会', '330106005'), ('西湖区总工会', '蒋村街道总工会', '330106012'),
             ('滨江区总工会', '长河街道总工会', '330108002'), ('鄞州区总工会', '首南街道总工会', '330212014'),
             ('鹿城区总工会', '五马街道总工会', '330302001'))
         AS c (parent, name, code)
JOIN org_unit p ON p.name = c.parent;

INSERT INTO org_unit (parent_id, name, level)
SELECT p.id, c.name, 'ENTERPRISE'
FROM (VALUES ('西溪街道总工会', '杭州西溪数字科技有限公司工会'),
             ('西溪街道总工会', '杭州龙井茶业集团有限公司工会'),
             ('蒋村街道总工会', '杭州蒋村智慧物流有限公司工会'),
             ('长河街道总工会', '杭州长河智能装备股份有限公司工会'),
             ('首南街道总工会', '宁波港城精密机械有限公司工会'),
             ('五马街道总工会', '温州五马鞋业有限公司工会'))
         AS c (parent, name)
JOIN org_unit p ON p.name = c.parent;

INSERT INTO app_user (openid, nickname, phone, org_unit_id, admin)
SELECT u.openid, u.nickname, u.phone, o.id, u.admin
FROM (VALUES ('demo-worker-1', '王建国', '13805710001', '杭州西溪数字科技有限公司工会', false),
             ('demo-worker-2', '李秀英', '13805710002', '杭州西溪数字科技有限公司工会', false),
             ('demo-worker-3', '张伟', '13805710003', '杭州龙井茶业集团有限公司工会', false),
             ('demo-worker-4', '陈静', '13805710004', '杭州长河智能装备股份有限公司工会', false),
             ('demo-worker-5', '刘洋', '13805710005', '杭州蒋村智慧物流有限公司工会', false),
             ('demo-organizer-zhejiang', '赵志强（省总工会）', NULL, '浙江省总工会', false),
             ('demo-organizer-hangzhou', '孙丽（杭州市总工会）', NULL, '杭州市总工会', false),
             ('demo-organizer-ningbo', '周海（宁波市总工会）', NULL, '宁波市总工会', false),
             ('demo-admin', '系统管理员', NULL, '浙江省总工会', true))
         AS u (openid, nickname, phone, unit, admin)
JOIN org_unit o ON o.name = u.unit;

INSERT INTO organizer_grant (user_id, org_unit_id)
SELECT u.id, o.id
FROM (VALUES ('demo-organizer-zhejiang', '浙江省总工会'),
             ('demo-organizer-hangzhou', '杭州市总工会'),
             ('demo-organizer-ningbo', '宁波市总工会')) AS g (openid, unit)
JOIN app_user u ON u.openid = g.openid
JOIN org_unit o ON o.name = g.unit;
