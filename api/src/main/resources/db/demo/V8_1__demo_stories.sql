-- Demo data set (demo profile only): more craftsmen, and stories about them written for this
-- project: sixteen published, one waiting for review.

INSERT INTO craftsman (name, honours, enterprise, trade, org_unit_id, biography, portrait_url, studio_name)
SELECT c.name, c.honours, c.enterprise, c.trade, o.id, c.bio, 'https://example.com/craftsmen/' || c.n || '.jpg', c.studio
FROM (VALUES
  (7, '吴志刚', ARRAY['GREAT_CRAFTSMAN:2022'], '宁波港城精密机械有限公司', '桥吊司机', '在港口桥吊上工作二十年，创造单机作业效率纪录。', '吴志刚桥吊操作创新工作室', '宁波港城精密机械有限公司工会'),
  (8, '黄美玲', ARRAY['NATIONAL_MODEL_WORKER:2020'], '温州五马鞋业有限公司', '缝纫工艺', '车间里的“针线状元”，把手工缝制经验写成标准作业指导书。', NULL, '温州五马鞋业有限公司工会'),
  (9, '郑浩', ARRAY['ZHEJIANG_YOUNG_CRAFTSMAN:2025'], '杭州长河智能装备股份有限公司', '工业机器人运维', '九零后机器人运维工程师，带队完成产线机器人国产化替换。', NULL, '杭州长河智能装备股份有限公司工会'),
  (10, '林春燕', ARRAY['ZHEJIANG_CRAFTSMAN:2023', 'MAY_DAY_LABOUR_MEDAL:2024'], '杭州龙井茶业集团有限公司', '茶叶审评', '国家一级评茶师，一口茶能辨出产地与炒制火候。', '林春燕评茶技能工作室', '杭州龙井茶业集团有限公司工会'),
  (11, '钱永康', ARRAY['PROVINCIAL_MODEL_WORKER:2018'], '杭州蒋村智慧物流有限公司', '快递网点管理', '从快递员到网点经理，牵头建设户外劳动者驿站。', NULL, '杭州蒋村智慧物流有限公司工会')
) AS c (n, name, honours, enterprise, trade, bio, studio, unit)
JOIN org_unit o ON o.name = c.unit;

CREATE TEMPORARY TABLE demo_story (
    n int, unit text, craftsmen text[], title text, summary text, body text, tags varchar(20)[], status text, days_ago int
) ON COMMIT DROP;

INSERT INTO demo_story VALUES
  (1, '杭州长河智能装备股份有限公司工会', ARRAY['陈建华'], '一根主轴，三十年', '陈建华把精密主轴的装配误差控制在两微米以内。', E'## 车间里的“两微米”\n\n每天清晨六点半，陈建华总是第一个走进装配车间。三十年来，他把主轴装配误差一点点压到两微米。\n\n> 手上有数，心里才有底。\n\n他带出的徒弟里，已有十二人成为高级技师。', ARRAY['大国工匠', '精密制造'], 'PUBLISHED', 20),
  (2, '杭州龙井茶业集团有限公司工会', ARRAY['王秀芳'], '十大手法里的西湖龙井', '抖、带、挤、甩、挺、拓、扣、抓、压、磨，王秀芳一锅茶要翻炒上千次。', E'## 一锅茶的温度\n\n王秀芳的手掌上有一层厚茧，那是和两百多度的铁锅打了二十多年交道留下的。\n\n她说，好茶是炒出来的，更是守出来的。', ARRAY['浙江工匠', '非遗'], 'PUBLISHED', 18),
  (3, '宁波港城精密机械有限公司工会', ARRAY['刘国强'], '焊花里的十年攻关', '刘国强带领班组攻克起重机关键部件焊接变形难题。', E'焊缝要均匀，人要沉得住气。刘国强的班组用三年时间，把关键部件返修率降到了千分之三。', ARRAY['焊接', '技能攻关'], 'PUBLISHED', 16),
  (4, '杭州西溪数字科技有限公司工会', ARRAY['赵敏'], '给车间装上“数字眼睛”', '青年工匠赵敏开发的数字化看板，让设备停机时间下降三成。', E'赵敏常说，代码写得好不好，要到车间里去验证。她的看板如今接入了四十多台设备。', ARRAY['青年工匠', '数字化'], 'PUBLISHED', 15),
  (5, '温州五马鞋业有限公司工会', ARRAY['周海军'], '从学徒到总工艺师', '周海军用三十五年，把一双皮鞋的工序从一百二十道精简到八十道。', E'十六岁进厂当学徒，周海军学的第一件事是磨刀。如今，他的工艺标准被全行业借鉴。', ARRAY['全国劳模', '制鞋'], 'PUBLISHED', 14),
  (6, '杭州蒋村智慧物流有限公司工会', ARRAY['孙丽萍'], '分拣线上的“安全十字诀”', '孙丽萍总结的安全操作口诀，让分拣中心连续一千天零事故。', E'“停、看、听、查、报”——孙丽萍把复杂的操作规程编成口诀，新员工一天就能记住。', ARRAY['安全生产', '物流'], 'PUBLISHED', 12),
  (7, '宁波港城精密机械有限公司工会', ARRAY['吴志刚'], '四十米高空的“绣花针”', '桥吊司机吴志刚能在四十米高空把集装箱精准放进误差一厘米的位置。', E'在吴志刚看来，桥吊操作就像绣花，心要静，手要稳。', ARRAY['大国工匠', '港口'], 'PUBLISHED', 11),
  (8, '温州五马鞋业有限公司工会', ARRAY['黄美玲'], '针线状元的标准书', '黄美玲把三十年的缝制经验写成一本人人看得懂的作业指导书。', E'她说，经验只在一个人手上是手艺，写下来就成了大家的本事。', ARRAY['全国劳模', '传帮带'], 'PUBLISHED', 10),
  (9, '杭州长河智能装备股份有限公司工会', ARRAY['郑浩', '陈建华'], '师徒两代的产线升级', '老师傅陈建华和徒弟郑浩，一起完成了产线机器人国产化替换。', E'师傅懂工艺，徒弟懂算法。两代人在同一条产线上，把老经验写进了新程序。', ARRAY['师徒', '智能制造'], 'PUBLISHED', 9),
  (10, '杭州龙井茶业集团有限公司工会', ARRAY['林春燕'], '一口茶的学问', '国家一级评茶师林春燕，如何用舌尖守护西湖龙井的品质。', E'审评室里，林春燕每天要品鉴上百杯茶。她说评茶不是挑剔，是对茶农辛苦的尊重。', ARRAY['浙江工匠', '评茶'], 'PUBLISHED', 8),
  (11, '杭州蒋村智慧物流有限公司工会', ARRAY['钱永康'], '给户外劳动者一个歇脚的地方', '钱永康牵头建设的驿站，每天接待快递员、环卫工人三百多人次。', E'一杯热水、一个充电插座、一把椅子——钱永康说，这些小事对跑在路上的人很重要。', ARRAY['新就业形态', '暖心驿站'], 'PUBLISHED', 7),
  (12, '杭州长河智能装备股份有限公司工会', ARRAY['陈建华'], '陈建华的第十二个徒弟', '徒弟眼中的师傅：严格、耐心，从不藏私。', E'“师傅第一次让我装主轴，我手一直在抖。”如今，这位徒弟也带起了自己的徒弟。', ARRAY['传帮带'], 'PUBLISHED', 6),
  (13, '宁波港城精密机械有限公司工会', ARRAY['刘国强', '吴志刚'], '港城工匠的一天', '跟着两位宁波工匠，看一座港口如何日夜运转。', E'清晨的焊花，深夜的桥吊——港口的节奏，写在工匠的手上。', ARRAY['港口', '工匠精神'], 'PUBLISHED', 5),
  (14, '温州五马鞋业有限公司工会', ARRAY['周海军', '黄美玲'], '一双鞋里的温州精神', '两位全国劳模讲述温州鞋业从作坊到智能工厂的变迁。', E'从手工作坊到智能产线，变的是设备，不变的是对一双好鞋的执着。', ARRAY['温州', '制造业'], 'PUBLISHED', 4),
  (15, '杭州西溪数字科技有限公司工会', ARRAY['赵敏', '郑浩'], '青年工匠对话录', '两位青年工匠聊聊：技术工人的未来在哪里？', E'他们的答案一致：把手艺和技术结合起来，路会越走越宽。', ARRAY['青年工匠'], 'PUBLISHED', 3),
  (16, '杭州龙井茶业集团有限公司工会', ARRAY['王秀芳', '林春燕'], '春茶季的四十个日夜', '从采摘到审评，两位茶人的春茶季。', E'春茶季只有四十天，却是茶人一年里最忙的日子。', ARRAY['非遗', '春茶'], 'PUBLISHED', 1),
  (17, '杭州蒋村智慧物流有限公司工会', ARRAY['孙丽萍', '钱永康'], '夜班分拣中心纪事', '凌晨两点的分拣中心里，有一群不睡的人。', E'夜班的灯光下，包裹在传送带上飞驰，他们守着每一个环节。', ARRAY['物流', '夜班'], 'IN_REVIEW', 0);

INSERT INTO story (author_org_unit_id, created_at)
SELECT o.id, now() - make_interval(days => d.days_ago + 2)
FROM demo_story d JOIN org_unit o ON o.name = d.unit
ORDER BY d.n;

-- stories were inserted in the order of n, so the n-th demo story is the n-th new row
WITH numbered AS (
    SELECT s.id, row_number() OVER (ORDER BY s.id) AS n FROM story s
)
INSERT INTO story_revision (story_id, title, summary, body, tags, craftsman_ids, status)
SELECT nb.id, d.title, d.summary, d.body, d.tags,
       ARRAY(SELECT c.id FROM craftsman c WHERE c.name = ANY (d.craftsmen) ORDER BY c.id), d.status
FROM demo_story d JOIN numbered nb ON nb.n = d.n;

UPDATE story s SET latest_revision_id = r.id,
                   published_revision_id = CASE WHEN r.status = 'PUBLISHED' THEN r.id END,
                   published_at = CASE WHEN r.status = 'PUBLISHED'
                                       THEN now() - make_interval(days => d.days_ago) END,
                   view_count = CASE WHEN r.status = 'PUBLISHED' THEN 40 + (s.id * 37) % 400 ELSE 0 END
FROM story_revision r, demo_story d
WHERE r.story_id = s.id AND d.title = r.title;
