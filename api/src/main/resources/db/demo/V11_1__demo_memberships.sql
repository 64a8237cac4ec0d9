-- Demo memberships: the seeded workers joined their unions through approved applications (their
-- cards show these names); three workers of new forms of work wait for a decision.

INSERT INTO membership_application (user_id, org_unit_id, real_name, employer, status, reviewed_by, reviewed_at, created_at)
SELECT u.id, u.org_unit_id, a.real_name, a.employer, 'APPROVED', r.id, u.created_at, u.created_at
FROM (VALUES ('demo-worker-1', '王建国', '杭州西溪数字科技有限公司'),
             ('demo-worker-2', '李秀英', '杭州西溪数字科技有限公司'),
             ('demo-worker-3', '张伟', '杭州龙井茶业集团有限公司'),
             ('demo-worker-4', '陈静', '杭州长河智能装备股份有限公司'),
             ('demo-worker-5', '刘洋', '杭州蒋村智慧物流有限公司')) AS a (openid, real_name, employer)
JOIN app_user u ON u.openid = a.openid
JOIN app_user r ON r.openid = 'demo-organizer-hangzhou';

UPDATE membership m SET application_id = a.id
FROM membership_application a
WHERE a.user_id = m.user_id AND a.status = 'APPROVED' AND m.until IS NULL;

INSERT INTO app_user (openid, nickname, phone)
VALUES ('demo-rider-1', '骑手小周', '13905710011'),
       ('demo-courier-1', '快递员老吴', '13905710012'),
       ('demo-driver-1', '网约车司机钱师傅', '13905740013');

INSERT INTO membership_application (user_id, org_unit_id, real_name, employer, created_at)
SELECT u.id, o.id, a.real_name, a.employer, now() - a.waited
FROM (VALUES ('demo-rider-1', '西溪街道总工会', '周明', '美团外卖西溪站', interval '2 days'),
             ('demo-courier-1', '蒋村街道总工会', '吴国平', '中通快递蒋村网点', interval '1 day'),
             ('demo-driver-1', '首南街道总工会', '钱海涛', '滴滴出行（宁波）', interval '3 hours')) AS a (openid, unit, real_name, employer, waited)
JOIN app_user u ON u.openid = a.openid
JOIN org_unit o ON o.name = a.unit;

UPDATE interest_group SET members_only = true WHERE name = '宁波职工摄影协会';
