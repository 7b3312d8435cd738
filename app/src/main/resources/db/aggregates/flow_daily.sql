-- flow_daily from txn: per enterprise, day, direction and purpose the total, count and largest
-- amount in CNY. The importer inserts "/*touched*/" join to rebuild only the (enterprise, day)
-- pairs a batch touched; without it the statement rebuilds from every transaction. Rows are
-- inserted in key order, so that one enterprise's days sit together on disk: snapshots read them
-- enterprise by enterprise, which would otherwise cost a page read per row.
INSERT INTO flow_daily (enterprise_id, flow_day, direction, purpose, total, txn_count, max_amount)
SELECT enterprise_id, flow_day, direction, purpose, SUM(cny), COUNT(*), MAX(cny) FROM
(SELECT t.enterprise_id, t.flow_day, t.direction, COALESCE(t.purpose, 'OTHER') AS purpose,
CASE WHEN t.fx_rate IS NULL THEN t.amount ELSE ROUND(t.amount * t.fx_rate, 2) END AS cny
FROM txn t /*touched*/
) f GROUP BY enterprise_id, flow_day, direction, purpose
ORDER BY enterprise_id, flow_day, direction, purpose
