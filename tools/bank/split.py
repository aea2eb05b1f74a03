#!/usr/bin/env python3
"""Assigns bank items to train/dev/test (60/20/20), stratified by each item's main root.

Items already in corpus/bank/splits.tsv keep their split (the test split is frozen once made); only new items
are assigned. Within each root the new items are ordered by a hash of their id, and dealt out so that every
root's split shares stay at 60/20/20 counting the items already assigned.
Usage: python3 tools/bank/split.py [corpus/bank]
"""
import hashlib, json, pathlib, sys, collections

bank = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/bank")
splits_file = bank / "splits.tsv"
splits = {}
if splits_file.exists():
    for line in splits_file.read_text().splitlines():
        if line and not line.startswith("#") and "\t" in line:
            i, s = line.split("\t")
            if s in ("train", "dev", "test"):
                splits[i] = s

def main_root(item):
    for e in item.get("events", []):
        if e.get("required", False) and e.get("roots"):
            return e["roots"][0]
    return "none"

by_root = collections.defaultdict(list)
for f in sorted((bank / "items").glob("*.jsonl")):
    for line in f.read_text().splitlines():
        if line.strip():
            item = json.loads(line)
            by_root[main_root(item)].append(item["id"])

shares = {"train": 0.6, "dev": 0.2, "test": 0.2}
for root, ids in sorted(by_root.items()):
    have = collections.Counter(splits[i] for i in ids if i in splits)
    new = sorted((i for i in ids if i not in splits), key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    for i in new:
        total = sum(have.values()) + 1
        # the split furthest below its share takes the item
        s = max(shares, key=lambda k: shares[k] * total - have[k])
        splits[i] = s
        have[s] += 1

with splits_file.open("w") as out:
    out.write("# Bank splits (corpus/bank/README.md): id, split. Made by tools/bank/split.py; the test split is frozen.\n")
    out.write("id\tsplit\n")
    for i in sorted(splits):
        out.write(f"{i}\t{splits[i]}\n")
print(collections.Counter(splits.values()))
