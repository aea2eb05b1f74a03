#!/usr/bin/env python3
"""Groups the misses of `./orbit eval --bank` by the words of their anchors, to see which vocabulary is missing.

A miss is 'coded' when Orbit coded an event whose trigger lies in the miss's anchor (wrong root or actors: not a
vocabulary gap), else 'uncoded'. Uncoded misses are counted by each lower-case anchor word (crudely lemmatised);
words the lexicon already has are marked '*'. Reads the eval report, the bank items and `./orbit code`'s output
for the same items.
Usage: python3 tools/bank/misses.py EVAL.txt CODED.jsonl [corpus/bank] [lexicon.tsv]
"""
import collections, csv, json, pathlib, re, sys

report, coded_file = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
bank = pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else "corpus/bank")
lexicon = pathlib.Path(sys.argv[4] if len(sys.argv) > 4 else "nlp/src/main/resources/orbit/code/lexicon.tsv")

STOP = set("""a an the of on in at to for with by from and or but that this these those its their his her our
their they he she it we who which what was were is are be been being has have had would will could should may might
not no as into than then there here also after before over under about against between during since until while
some several many more most other such own any all both each two three four five first second last new said says
saying told""".split())

texts = {}
for f in sorted((bank / "items").glob("*.jsonl")):
    for line in f.read_text().splitlines():
        if line.strip():
            item = json.loads(line)
            texts[item["id"]] = item["text"]

triggers = collections.defaultdict(list)
for line in coded_file.read_text().splitlines():
    e = json.loads(line)
    triggers[e["article"]].append((e["trigger"]["start"], e["trigger"]["end"], e["cameo"]))

known = set()
with lexicon.open() as f:
    for row in csv.reader((l for l in f if not l.startswith("#") and l.strip()), delimiter="\t"):
        known.add(row[2])


def lemmas(word):
    """Crude lemma guesses (the word itself, then inflection stripped); enough to group by."""
    w = word.lower()
    out = [w]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)] + repl
            out.append(stem)
            if len(stem) > 3 and stem[-1] == stem[-2] and repl == "":
                out.append(stem[:-1])
    return out


counts, coded = collections.Counter(), []
uncoded = collections.defaultdict(list)
for line in report.read_text().splitlines():
    parts = line.strip().split("\t")
    if len(parts) < 5 or parts[1] != "miss":
        continue
    item, anchor = parts[0], parts[4]
    start = texts.get(item, "").find(anchor)
    hit = [t for t in triggers[item] if start >= 0 and start <= t[0] < start + len(anchor)]
    if hit:
        coded.append(f"{item}\t{parts[3]}\tcoded {','.join(t[2] for t in hit)}\t{anchor}")
        continue
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]*", anchor) if w[0].islower() and w.lower() not in STOP]
    keys = []
    for w in words:
        guesses = lemmas(w)
        lex = next((g for g in guesses if g in known), None)
        keys.append(lex + "*" if lex else guesses[-1] if len(guesses) > 1 else w.lower())
    for k in dict.fromkeys(keys):
        counts[k] += 1
        uncoded[k].append(f"{item} {parts[3]}")
    print(f"uncoded\t{item}\t{parts[3]}\t{' '.join(keys)}\t{anchor}")
for line in coded:
    print(line)
print("\n# uncoded misses by anchor word (* in the lexicon)")
for word, n in counts.most_common():
    if n > 1:
        print(f"{n}\t{word}\t{'; '.join(uncoded[word][:4])}")
