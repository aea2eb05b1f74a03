#!/usr/bin/env python3
"""Writes app/src/main/resources/orbit/web/world-names.tsv: the name of each shape of the dashboard map's world
outline (Natural Earth admin-0 short names, as ECharts 4.1.0 ships them in map/json/world.json in its WebJar) with
its ISO 3166-1 alpha-3 code, so that the map can shade the countries Orbit codes.

Names are matched against Orbit's countries.tsv (name and aliases); Natural Earth's abbreviated names are listed
below. Shapes without a code (disputed areas) are drawn unshaded.

Usage: tools/map/make-world-names.py [WORLD_JSON]   (default: the WebJar in ~/.m2, fetched by ./mvnw)
"""
import json
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
JAR = os.path.expanduser("~/.m2/repository/org/webjars/npm/echarts/4.1.0/echarts-4.1.0.jar")
ENTRY = "META-INF/resources/webjars/echarts/4.1.0/map/json/world.json"
OUT = os.path.join(ROOT, "app/src/main/resources/orbit/web/world-names.tsv")

# Natural Earth's abbreviated short names and the country each stands for (ISO 3166-1 alpha-3).
ABBREVIATIONS = {
    "W. Sahara": "ESH", "Fr. S. Antarctic Lands": "ATF", "Antigua and Barb.": "ATG", "Bosnia and Herz.": "BIH",
    "Central African Rep.": "CAF", "Dem. Rep. Congo": "COD", "Cayman Is.": "CYM", "Czech Rep.": "CZE",
    "Dominican Rep.": "DOM", "Falkland Is.": "FLK", "Faeroe Is.": "FRO", "Eq. Guinea": "GNQ",
    "Heard I. and McDonald Is.": "HMD", "Br. Indian Ocean Ter.": "IOT", "N. Mariana Is.": "MNP",
    "Dem. Rep. Korea": "PRK", "Fr. Polynesia": "PYF", "S. Sudan": "SSD", "S. Geo. and S. Sandw. Is.": "SGS",
    "Solomon Is.": "SLB", "St. Pierre and Miquelon": "SPM", "São Tomé and Principe": "STP",
    "Turks and Caicos Is.": "TCA", "St. Vin. and Gren.": "VCT", "U.S. Virgin Is.": "VIR",
}
UNCODED = {"N. Cyprus", "Siachen Glacier"}  # disputed: no one country's code


def world(path):
    if path:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    with zipfile.ZipFile(JAR) as z:
        return json.loads(z.read(ENTRY))


def countries():
    names = {}
    with open(os.path.join(ROOT, "core/src/main/resources/orbit/actors/countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for name in [cols[2]] + (cols[3].split("|") if len(cols) > 3 else []):
                if name:
                    names.setdefault(name.lower(), cols[0])
    return names


def main():
    known = countries()
    rows, missing = [], []
    for feature in world(sys.argv[1] if len(sys.argv) > 1 else None)["features"]:
        name = feature["properties"].get("name", "")
        if not name or name in UNCODED:
            continue
        code = ABBREVIATIONS.get(name) or known.get(name.lower())
        (rows.append((name, code)) if code else missing.append(name))
    if missing:
        sys.exit("no code for: " + ", ".join(missing))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# The dashboard map's shapes and their countries, written by tools/map/make-world-names.py.\n")
        out.write("# Source: shape names from ECharts 4.1.0's map/json/world.json (Apache-2.0; Natural Earth admin-0\n")
        out.write("# short names, public domain); codes from Orbit's countries.tsv and the script's list of\n")
        out.write("# Natural Earth abbreviations. Columns: shape name, ISO 3166-1 alpha-3.\n")
        for name, code in sorted(set(rows)):
            out.write(f"{name}\t{code}\n")
    print(f"{len(set(rows))} shapes with a code -> {OUT}")


if __name__ == "__main__":
    main()
