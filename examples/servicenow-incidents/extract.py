#!/usr/bin/env python3
"""Cuts the example extract out of the full incident event log.

Usage: python3 extract.py FULL_incident_event_log.csv > data/incident_event_log.csv

Keeps every event row of the incidents that were opened in March or April 2016 and whose final
state belongs to the team "Group 39" (834 incidents, 7 agents). The final state of an incident is
its row with the highest sys_mod_count, then the latest sys_updated_at, then the row furthest
down the file: the same rule as the policy's `keep last by sys_mod_count, sys_updated_at`.
Rows are written unchanged and in the order of the full file, so the same input always gives the
same bytes. The full file has no quoted cells, so lines are split on commas.
"""
import sys
from datetime import datetime

GROUP = "Group 39"
MONTHS = {(2016, 3), (2016, 4)}


def when(text):
    return datetime.strptime(text, "%d/%m/%Y %H:%M")


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = lines[0].rstrip("\r").split(",")
    col = {name: i for i, name in enumerate(header)}
    final = {}
    for line in lines[1:]:
        cells = line.rstrip("\r").split(",")
        order = (int(cells[col["sys_mod_count"]]), when(cells[col["sys_updated_at"]]))
        number = cells[col["number"]]
        if number not in final or order >= final[number][0]:
            final[number] = (order, cells)
    chosen = set()
    for number, (_, cells) in final.items():
        opened = when(cells[col["opened_at"]])
        if (opened.year, opened.month) in MONTHS and cells[col["assignment_group"]] == GROUP:
            chosen.add(number)
    out = sys.stdout.buffer
    out.write((lines[0].rstrip("\r") + "\n").encode("utf-8"))
    for line in lines[1:]:
        if line.split(",", 1)[0] in chosen:
            out.write((line.rstrip("\r") + "\n").encode("utf-8"))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
