-- Demo data set: the province, city and county unions are known by their division codes, as
-- org-units/zhejiang.csv names them, so importing that file completes the demo tree.

UPDATE org_unit SET code = region_code WHERE level IN ('PROVINCE', 'CITY', 'COUNTY');
