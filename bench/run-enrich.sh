#!/usr/bin/env bash
# Benchmark: articles/s of the whole enrichment chain (ArticleEnricher.enrich) on one thread, over the dev corpus.
# Usage: bench/run-enrich.sh [JMH options]
#   no options: -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1; any options given replace these (JMH refuses an option twice).
#   CORPUS=/path/to/articles overrides the corpus folder (default: shared/corpus/dev/articles beside the clone).
# Builds bench/target/benchmarks.jar first when it is missing or older than a source or POM it is made from.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/bench/target/benchmarks.jar"
corpus="${CORPUS:-$here/../shared/corpus/dev/articles}"
# Resolved so the JMH table shows a plain path; a missing folder is left as given for the benchmark to report.
[ -d "$corpus" ] && corpus="$(cd "$corpus" && pwd)"

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$here/pom.xml" "$here"/{schemas,enrich,bench}/pom.xml "$here"/{schemas,enrich,bench}/src/main \
      -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "run-enrich: building bench/target/benchmarks.jar..." >&2
  # The reactor builds schemas and enrich from this tree; nothing is installed into ~/.m2.
  (cd "$here" && ./mvnw -B -q -pl bench -am package -DskipTests) >&2
fi

if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1
fi
case " $* " in
  *" corpus="*) ;;
  *) set -- "$@" -p "corpus=$corpus" ;;
esac

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(uptime | sed 's/.*load average/load average/')"
java -version 2>&1 | sed 's/^/java: /'
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "jmh options: $*"
# Per CPU-second of the thread first: it holds on a busy machine, where JMH's wall-clock figure does not.
java -cp "$jar" org.cpecwatch.bench.EnrichCpuRate "$corpus"
exec java -jar "$jar" EnrichBenchmark "$@"
