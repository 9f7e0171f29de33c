#!/usr/bin/env python3
"""Actors of real coverage: runs `parley timeline` over each series folder of DIR (all of a
series' articles in one run) and counts, per series, the distinct actors shown and those that name
no one (a pronoun, an existential "There", the talks themselves, an amount, a dateline, a trailing
adverb). The checks are this script's own reading of an actor string, independent of the engine.
Usage: tests/bench/actor_counts.py DIR [path/to/parley] [--list]"""
import re
import subprocess
import sys
from pathlib import Path

import yaml

PRONOUNS = {"it", "we", "i", "you", "they", "he", "she", "there", "this", "that", "these", "those", "its", "it's"}
TALK_NOUNS = {"talks", "negotiations", "session", "sessions", "meeting", "meetings", "round", "rounds", "discussions",
              "proposals", "proposal", "consultations", "dialogue", "conference", "summit", "negotiation", "talk"}
ADVERBS = {"first", "also", "then", "later", "now", "again", "already", "still", "jointly", "finally", "reportedly",
           "recently", "previously", "too", "instead", "once"}


def non_actor(a):
    words = a.split()
    low = [w.lower().strip(".,") for w in words]
    if not words:
        return "empty"
    if low[0] in PRONOUNS:
        return "pronoun"
    if re.search(r"\(.*\d{4}\)|^[A-Z]{3,}[ ,]+\(|^[A-Z]{3,} [-—–]", a):
        return "dateline"
    if any(re.fullmatch(r"[\d.,$%]+", w) for w in words) and not any(w[0].isupper() for w in words[1:]):
        return "amount"
    if low[-1] in ADVERBS:
        return "adverb"
    head = low[-1]
    if head in TALK_NOUNS or (" of " in a and low[low.index("of") - 1] in TALK_NOUNS):
        return "talks"
    return ""


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    root = Path(args[0])
    parley = args[1] if len(args) > 1 else "build/parley"
    tot_distinct = tot_bad = tot_events = 0
    print(f"| {'series':<20} | events | actor mentions | distinct actors | non-actor mentions | distinct non-actors |")
    for d in sorted(p for p in root.iterdir() if p.is_dir()):
        files = sorted(str(f) for f in d.glob("*.txt"))
        if not files:
            continue
        out = subprocess.run([parley, "timeline", *files], capture_output=True, text=True, check=True).stdout
        t = yaml.safe_load(out)
        actors = [a for e in t.get("events", []) for a in (e.get("actors") or [])]
        distinct = sorted(set(actors))
        bad = [a for a in actors if non_actor(a)]
        print(f"| {d.name:<20} | {len(t.get('events', [])):>6} | {len(actors):>14} | {len(distinct):>15} | "
              f"{len(bad):>18} | {len(set(bad)):>19} |")
        if listing:
            for a in distinct:
                print(f"    {non_actor(a) or '-':<9} {actors.count(a):>3}  {a}")
        tot_distinct += len(distinct)
        tot_bad += len(bad)
        tot_events += len(t.get("events", []))
    print(f"| {'total':<20} | {tot_events:>6} | {'':>14} | {tot_distinct:>15} | {tot_bad:>18} | {'':>19} |")


if __name__ == "__main__":
    main()
