#!/usr/bin/env bash
# WordNet candidates for the event lexicon (not part of the build; see LexiconCandidates.java):
#   tools/wordnet/run.sh [LEXICON.tsv] [SENSES] [MIN_USES] > candidates.tsv
# Fetches extJWNL and the WordNet 3.1 data from Maven Central on first use (through ./mvnw).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
"$root/mvnw" -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp" >&2
cd "$root"
java -cp "$(cat "$cp")" "$here/LexiconCandidates.java" "$@"
