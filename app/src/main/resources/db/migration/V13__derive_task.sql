-- Work a committed batch left to do on the store: the indexes of txn and the daily aggregates with
-- their keys, which a first load into PostgreSQL builds after its commit, on two connections at once
-- (see DerivedData). A task's row goes in the same transaction that does its work, so a process
-- killed half-way leaves the row, and the next import or reader of the aggregates does it again.
CREATE TABLE derive_task (
  batch_id    BIGINT NOT NULL REFERENCES import_batch (batch_id),
  task_no     INT NOT NULL,
  table_name  VARCHAR(64) NOT NULL,
  statements  VARCHAR(8000) NOT NULL,
  PRIMARY KEY (batch_id, task_no)
);
