#!/usr/bin/env bash
# Measures the model lab on the real data sets (see docs/models.md). Run from the repository root:
#   bench-model/run-model-bench.sh [DATA_DIR]      (default ../shared/data)
set -euo pipefail
data="${1:-../shared/data}"
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl bench-model -am \
  package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -cp "bench-model/target/classes:$(cat bench-model/target/classpath.txt)" \
  io.loanradar.bench.model.ModelBench "$data"
