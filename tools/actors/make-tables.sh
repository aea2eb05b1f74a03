#!/usr/bin/env bash
# Regenerates core/src/main/resources/orbit/actors/{people,organisations}-phoenix.tsv from the Phoenix
# actor dictionaries (MIT). Usage: tools/actors/make-tables.sh [PHOENIX_DIR] (default: ../shared/data/petrarch/petrarch2).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
phoenix="${1:-$root/../shared/data/petrarch/petrarch2}"
(cd "$root" && ./mvnw -q -B -DskipTests package -pl app -am)
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -cp "$root/app/target/orbit.jar" -d "$classes" "$root"/tools/actors/*.java
java -cp "$root/app/target/orbit.jar:$classes" MakeActorTables "$phoenix" \
  "$root/core/src/main/resources/orbit/actors" "$root/tools/actors/common-words.txt"
