# Shared by the bench-score scripts, which source it after cd-ing to the repository root; not a
# command of its own.

# pg_env SCHEMA: PGHOST (127.0.0.1), PGPORT (5432), PGDATABASE (test) and PGUSER (postgres) from
# the environment or these defaults, exported for psql; JDBC, the application's URL of SCHEMA.
pg_env() {
  PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGDATABASE="${PGDATABASE:-test}"
  PGUSER="${PGUSER:-postgres}"
  export PGHOST PGPORT PGDATABASE PGUSER
  JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$1"
}

# median: the median of the numbers on standard input, one per line.
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# peak_heap_mb GC_LOG: the largest heap in use before a collection ("123M->45M(512M)"), in MB,
# from a -Xlog:gc log; empty when the log shows no collection.
peak_heap_mb() {
  grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$1" | sed 's/M->.*//' | sort -n | tail -1
}
