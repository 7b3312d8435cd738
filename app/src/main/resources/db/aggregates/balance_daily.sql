-- balance_daily from txn: per enterprise, account and day the lowest and the closing balance
-- (the balance after the day's last booking). "/*touched*/" and the key order as in
-- flow_daily.sql.
INSERT INTO balance_daily (enterprise_id, account_id, flow_day, min_balance, close_balance)
SELECT t.enterprise_id, t.account_id, t.flow_day, MIN(t.balance_after),
(ARRAY_AGG(t.balance_after ORDER BY t.booked_at DESC, t.txn_id DESC))[1]
FROM txn t /*touched*/
WHERE t.balance_after IS NOT NULL GROUP BY t.enterprise_id, t.account_id, t.flow_day
ORDER BY t.enterprise_id, t.account_id, t.flow_day
