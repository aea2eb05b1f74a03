#!/usr/bin/env bash
# Regenerates core/src/main/resources/orbit/actors/{people,organisations}-phoenix.tsv from the Phoenix
# actor dictionaries (MIT). Usage: tools/actors/make-tables.sh [PHOENIX_DIR] (default: ../shared/data/petrarch/petrarch2).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
phoenix="${1:-$root/../shared/data/petrarch/petrarch2}"
(cd "$root" && ./mvnw -q -B -DskipTests package -pl app -am)
java -cp "$root/app/target/orbit.jar" "$root/tools/actors/MakeActorTables.java" "$phoenix" \
  "$root/core/src/main/resources/orbit/actors" "$root/tools/actors/common-words.txt"
