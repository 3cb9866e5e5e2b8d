#!/usr/bin/env python3
"""Prints bench/scaleout.sh's results as one Markdown table, one instance on SQLite beside two
instances behind nginx on PostgreSQL and Redis, then each side's own table.
Usage: scaleout-table.py RUN_FOLDER STORIES SECONDS   (standard library only)"""
import csv, json, os, sys

RUN, STORIES, SECONDS = sys.argv[1], int(sys.argv[2]), sys.argv[3]
SIDES = ("one", "two")


def rows(side):
    with open(os.path.join(RUN, side + ".tsv")) as f:
        return {(r[0], r[1]): r for r in csv.reader(f, delimiter="\t")}


def writers(side, conns):
    with open(os.path.join(RUN, f"{side}-writers-{conns}.json")) as f:
        return json.load(f)


runs = {side: rows(side) for side in SIDES}


def wrk_row(title, label, conns, column, ratio=True):
    one, two = (runs[side].get((label, conns)) for side in SIDES)
    values = [r[column] if r else "" for r in (one, two)]
    change = ""
    if ratio and all(values) and float(values[0]) > 0:
        change = f"{100 * float(values[1]) / float(values[0]):.0f}%"
    return f"| {title} | {conns} | {values[0]} | {values[1]} | {change} |"


def delays(report, kind):
    d = report[kind]
    if not d.get("count"):
        return "none seen"
    return f"{d['p50_ms']:.0f} / {d['p99_ms']:.0f} / {d['max_ms']:.0f} ({d['count']}, {d['over_1s']} over 1 s)"


def writers_row(title, conns, cell):
    return f"| {title} | {conns} | {cell(writers('one', conns))} | {cell(writers('two', conns))} | |"


print(f"News day side by side: {STORIES:,} stories, {SECONDS} s per run, one machine.")
print()
print("| run | conns | one instance, SQLite | two instances behind nginx, PostgreSQL + Redis | two / one |")
print("|---|---:|---:|---:|---:|")
for conns in ("32", "64"):
    print(wrk_row("static-file bound, req/s", "static", conns, 2))
    print(wrk_row("cached story (hot set), req/s", "cached story (hot set)", conns, 2))
    print(wrk_row("cached home, req/s", "cached home", conns, 2))
    print(wrk_row("news day, reads/s", "news day", conns, 2))
    print(wrk_row("news day, share of the static bound", "news day", conns, 5, ratio=False))
    print(wrk_row("news day, p50 ms", "news day", conns, 3))
    print(wrk_row("news day, p99 ms", "news day", conns, 4))
    print(wrk_row("news day, answers from the page cache", "news day", conns, 6, ratio=False))
    print(writers_row("comment visible, p50 / p99 / max ms", conns, lambda r: delays(r, "comments")))
    print(writers_row("story on the home page, p50 / p99 / max ms", conns, lambda r: delays(r, "stories")))
    print(writers_row("stale reads; failed comments, stories", conns,
                      lambda r: f"{r['stale_reads']}; {r['comment_failures']}, {r['publish_failures']}"))

peaks = {side: [] for side in SIDES}
with open(os.path.join(RUN, "peaks.tsv")) as f:
    for side, process, mb in csv.reader(f, delimiter="\t"):
        peaks[side].append(f"{process} {mb} MB")
print()
print("Peak memory (an instance and redis-server: VmHWM; PostgreSQL and nginx: the highest sum of")
print("their processes' proportional set sizes, sampled twice a second):")
print()
for side, title in zip(SIDES, ("one instance", "two instances")):
    print(f"- {title}: " + ", ".join(peaks[side]))
print()
print("Start and copy:")
print()
with open(os.path.join(RUN, "memory.txt")) as f:
    for line in f:
        print("- " + line.strip())

print()
print("The writers' reads go to the same address as the readers (nginx, so either instance): a")
print("comment or story counts as visible when an anonymous read through it shows the change.")
for side, title in zip(SIDES, ("One instance on SQLite", "Two instances behind nginx on PostgreSQL and Redis")):
    print()
    print(f"{title}, each run:")
    print()
    with open(os.path.join(RUN, side + ".md")) as f:
        print(f.read().rstrip())
