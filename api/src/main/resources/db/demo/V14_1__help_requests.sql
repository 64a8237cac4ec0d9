-- Demo help requests (12351): one waiting at an enterprise union, one accepted and answered by
-- the Hangzhou organizer, one closed and rated, and two from workers of new forms of work who are
-- no members yet, routed to the city union of the city they chose.

INSERT INTO help_request (user_id, category, description, contact_phone, call_back, status, org_unit_id,
                          handler_id, accept_due_at, accepted_at, closed_at, outcome, stars, rating_comment, rated_at,
                          created_at)
SELECT u.id, r.category, r.description, u.phone, r.call_back, r.status, o.id,
       CASE WHEN r.status <> 'SUBMITTED' THEN h.id END,
       now() - r.age + interval '24 hours',
       CASE WHEN r.status <> 'SUBMITTED' THEN now() - r.age + interval '3 hours' END,
       CASE WHEN r.status = 'CLOSED' THEN now() - r.age + interval '2 days' END,
       CASE WHEN r.status = 'CLOSED' THEN '已协调企业补缴 3 个月社保，职工确认到账。' END,
       r.stars, r.rating_comment,
       CASE WHEN r.stars IS NOT NULL THEN now() - r.age + interval '3 days' END,
       now() - r.age
FROM (VALUES ('demo-worker-3', 'WAGE_ARREARS', '茶叶加工车间 10 月工资至今未发，车间 12 人都没有拿到。', true,
              'SUBMITTED', '杭州龙井茶业集团有限公司工会', interval '2 hours', NULL::int, NULL),
             ('demo-worker-4', 'WORK_INJURY', '上周在装配线上扭伤手腕，想了解工伤认定需要哪些材料。', false,
              'ACCEPTED', '杭州长河智能装备股份有限公司工会', interval '1 day', NULL, NULL),
             ('demo-worker-5', 'SOCIAL_INSURANCE', '入职半年公司一直没有缴社保，该怎么办？', true,
              'CLOSED', '杭州蒋村智慧物流有限公司工会', interval '10 days', 5, '工会老师很耐心，问题解决了。'),
             ('demo-courier-1', 'LEGAL_CONSULTATION', '送件途中电动车被撞，对方不愿赔偿，想咨询法律援助。', true,
              'SUBMITTED', '杭州市总工会', interval '5 hours', NULL, NULL),
             ('demo-driver-1', 'HARDSHIP', '家中老人重病，想申请困难职工帮扶。', false,
              'SUBMITTED', '宁波市总工会', interval '3 hours', NULL, NULL))
         AS r (openid, category, description, call_back, status, unit, age, stars, rating_comment)
JOIN app_user u ON u.openid = r.openid
JOIN org_unit o ON o.name = r.unit
JOIN app_user h ON h.openid = CASE WHEN r.unit = '宁波市总工会' THEN 'demo-organizer-ningbo' ELSE 'demo-organizer-hangzhou' END;

-- The timeline of each: submitted, then accepted, answered, closed and rated as far as each got.
INSERT INTO help_request_step (request_id, kind, org_unit_id, actor_id, note, at)
SELECT r.id, 'SUBMITTED', r.org_unit_id, r.user_id, NULL, r.created_at FROM help_request r
UNION ALL
SELECT r.id, 'ACCEPTED', r.org_unit_id, r.handler_id, NULL, r.accepted_at FROM help_request r WHERE r.accepted_at IS NOT NULL
UNION ALL
SELECT r.id, 'REPLIED', r.org_unit_id, r.handler_id, '您好，已收到您的诉求，工会将联系企业核实情况，请保持电话畅通。',
       r.accepted_at + interval '1 hour'
FROM help_request r WHERE r.accepted_at IS NOT NULL
UNION ALL
SELECT r.id, 'CLOSED', r.org_unit_id, r.handler_id, r.outcome, r.closed_at FROM help_request r WHERE r.closed_at IS NOT NULL
UNION ALL
SELECT r.id, 'RATED', r.org_unit_id, r.user_id, r.rating_comment, r.rated_at FROM help_request r WHERE r.rated_at IS NOT NULL
ORDER BY 6;
