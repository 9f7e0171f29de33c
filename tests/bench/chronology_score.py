#!/usr/bin/env python3
"""Scores `parley timeline` on real multi-outlet coverage of negotiation series and on dated
Reuters-21578 facts. Called by tests/bench/chronology.sh; the rules are in
tests/bench/chronology/README.md (keep the two in step).

usage: chronology_score.py PARLEY DEVSET_DIR FACTS_DIR [REUTERS_JSONL]
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STOP = set("""the and for with that this from have has had were was are will would could should
their there they them than then into over about after before while which what when where who
whom been being also said says more most some such only other talks round rounds""".split())


def fail(msg):
    print(f"chronology: {msg}", file=sys.stderr)
    sys.exit(1)


def day_window(spec):
    """A record day 'YYYY-MM-DD' or a range 'a..b' -> (first instant, last instant)."""
    text = str(spec)
    first, _, last = text.partition("..")
    a = dt.date.fromisoformat(first.strip())
    b = dt.date.fromisoformat((last or first).strip())
    return dt.datetime.combine(a, dt.time(0)), dt.datetime.combine(b, dt.time(23, 59, 59))


def instant(v):
    if v is None or v == "~":
        return None
    if isinstance(v, dt.datetime):
        return v.replace(tzinfo=None)
    if isinstance(v, dt.date):
        return dt.datetime.combine(v, dt.time(0))
    try:
        return dt.datetime.fromisoformat(str(v)).replace(tzinfo=None)
    except ValueError:
        return None


def bounds(t):
    if isinstance(t, dict) and "earliest" not in t and isinstance(t.get("time"), dict):
        t = t["time"]  # a round's start/end given as {time: ..., evidence: ...}
    if not isinstance(t, dict):
        return None, None
    return instant(t.get("earliest")), instant(t.get("latest"))


def judge(times, window):
    """right: every bounded reading lies inside the window; wrong: some bounded reading does not
    overlap it (or its bounds cross); vague: bounded, overlaps, but wider; missing: none bounded."""
    lo, hi = window
    verdicts = []
    for t in times:
        e, l = bounds(t)
        if e is None or l is None:
            continue
        if e > l or l < lo or e > hi:
            verdicts.append("wrong")
        elif lo <= e and l <= hi:
            verdicts.append("right")
        else:
            verdicts.append("vague")
    if not verdicts:
        return "missing"
    if "wrong" in verdicts:
        return "wrong"
    if "right" in verdicts and "vague" not in verdicts:
        return "right"
    return "vague"


def run_timeline(parley, files):
    with tempfile.NamedTemporaryFile(suffix=".yaml", delete=False) as out:
        path = out.name
    try:
        r = subprocess.run([parley, "timeline", *files, "-o", path], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"parley timeline failed ({r.returncode}): {r.stderr.strip()}")
        with open(path, encoding="utf-8") as f:
            return yaml.load(f, Loader=LOADER) or {}
    finally:
        os.unlink(path)


def words(s):
    return {w for w in re.findall(r"[a-z]+", (s or "").lower()) if len(w) >= 4 and w not in STOP}


def norm(s):
    return " ".join((s or "").split()).lower()


def same_time(ta, tb):
    """Both bounded to at most two days and overlapping, or both open before the same day."""
    ea, la = bounds(ta)
    eb, lb = bounds(tb)
    if None not in (ea, la, eb, lb):
        return (la - ea).days < 2 and (lb - eb).days < 2 and not (lb < ea or la < eb)
    return ea is None and eb is None and la is not None and lb is not None and la.date() == lb.date()


def duplicate_count(events, numbers):
    """Events that are the same real event as an earlier one (clusters minus one each)."""
    parent = list(range(len(events)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i, j):
        parent[find(i)] = find(j)

    by_round, by_text, by_trigger = {}, {}, {}
    for i, e in enumerate(events):
        s = e.get("series") or {}
        n = s.get("round") or 0
        if e.get("kind") == "round" and n in numbers:
            by_round.setdefault((n, e.get("phase")), []).append(i)
        ev = (e.get("evidence") or [{}])[0]
        if ev.get("text"):
            by_text.setdefault((norm(e.get("trigger")), norm(ev.get("text"))), []).append(i)
        by_trigger.setdefault((e.get("kind"), e.get("phase"), norm(e.get("trigger"))), []).append(i)
    for group in list(by_round.values()) + list(by_text.values()):
        for i in group[1:]:
            join(i, group[0])
    for group in by_trigger.values():
        for a in range(len(group)):
            wa = words(events[group[a]].get("summary"))
            for b in range(a + 1, len(group)):
                if not same_time(events[group[a]].get("time"), events[group[b]].get("time")):
                    continue
                wb = words(events[group[b]].get("summary"))
                shared = len(wa & wb)
                if shared >= 2 and shared >= 0.6 * min(len(wa), len(wb)):
                    join(group[a], group[b])
    sizes = {}
    for i in range(len(events)):
        sizes[find(i)] = sizes.get(find(i), 0) + 1
    return sum(n - 1 for n in sizes.values())


BACKSTORY_TENSES = {"past-perfect", "modal", "nonfinite"}


def background_by_rule(e):
    t = e.get("time") or {}
    e0, l0 = bounds(t)
    if e0 is None and l0 is None:
        return True
    if e.get("tense") in BACKSTORY_TENSES:
        return True
    basis = str(t.get("basis") or "")
    if basis.startswith("past tense in a quote") or basis.startswith("past perfect"):
        return True
    return len((e.get("summary") or "").split()) <= 2


MENTION_STEPS = ("event", "round", "phase", "date")
DATED_ANY = "dated"


def judge_whole(t, window):
    """A whole round: its first bound on the record's first day, its last bound on the last day."""
    e, l = bounds(t)
    lo, hi = window
    if e is None or l is None:
        return "missing"
    first = (lo, lo.replace(hour=23, minute=59, second=59))
    last = (hi.replace(hour=0, minute=0, second=0), hi)
    if first[0] <= e <= first[1] and last[0] <= l <= last[1]:
        return "right"
    return judge([t], window)


def body_text(path):
    """The article as parley reads it: the text after the front matter block, which is what
    evidence offsets count from."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text


def evidence_words(ev, bodies):
    """The trigger words one piece of evidence points at. An event told twice in one document
    keeps the first telling's trigger, so a later mention is found by its own offsets."""
    body = bodies.get(ev.get("doc"))
    start, end = ev.get("start"), ev.get("end")
    if body is None or not isinstance(start, int) or not isinstance(end, int):
        return ""
    return body[start:end]


def score_mentions(events, mentions, bodies):
    """How far each listed round mention gets: an event with the words in that document (as its
    trigger or as the trigger of one of its pieces of evidence), kind round with the round's
    number, the phase, and the date. Returns the counts and the misses."""
    counts = dict.fromkeys(MENTION_STEPS + (DATED_ANY,), 0)
    misses = []
    for m in mentions:
        doc = os.path.splitext(m["file"])[0]
        pat = re.compile(r"\b" + re.escape(str(m["words"]).lower()))

        def told_here(e):
            mine = [ev for ev in e.get("evidence") or [] if ev.get("doc") == doc]
            return mine and (pat.search(str(e.get("trigger") or "").lower())
                             or any(pat.search(evidence_words(ev, bodies).lower()) for ev in mine))
        found = [e for e in events if told_here(e)]
        as_round = [e for e in found if e.get("kind") == "round" and (e.get("series") or {}).get("round") == m["round"]]
        with_phase = [e for e in as_round if e.get("phase") == m["phase"]]
        window = day_window(m["date"])
        check = judge_whole if m["phase"] == "whole" else (lambda t, w: judge([t], w))
        dated_any = [e for e in found if check(e.get("time"), window) == "right"]
        dated = [e for e in with_phase if e in dated_any]
        if dated_any:
            counts[DATED_ANY] += 1
        steps = (found, as_round, with_phase, dated)
        for name, got in zip(MENTION_STEPS, steps):
            if got:
                counts[name] += 1
        if not dated:
            last = next((g for g in reversed(steps) if g), None)
            if last is None:
                gave = "no event"
            else:
                e = last[0]
                sr = e.get("series") or {}
                lo, hi = bounds(e.get("time"))
                gave = (f"{e.get('kind')} {e.get('phase') or '-'} series={sr.get('name', '-')!r} "
                        f"round={sr.get('round', '-')} {lo}..{hi}")
            misses.append((m, gave))
    return counts, misses


def score_series(parley, devdir, fact_path):
    with open(fact_path, encoding="utf-8") as f:
        facts = yaml.safe_load(f)
    key = facts["series"]
    folder = os.path.join(devdir, key)
    listed = [a["file"] for a in facts["articles"]]
    present = [os.path.join(folder, n) for n in listed if os.path.isfile(os.path.join(folder, n))]
    if not present:
        return None
    out = run_timeline(parley, present)
    events = out.get("events") or []
    numbered = [r for r in facts["rounds"] if r.get("round") is not None]
    numbers = {r["round"] for r in numbered}
    tally = {p: {"right": 0, "vague": 0, "missing": 0, "wrong": 0} for p in ("start", "end")}
    detail = []
    names = set()
    for s in out.get("series") or []:
        if any(r.get("round") in numbers for r in s.get("rounds") or []):
            names.add(s.get("name") or '""')
    for rec in numbered:
        cands = [r for s in out.get("series") or [] for r in s.get("rounds") or [] if r.get("round") == rec["round"]]
        row = []
        for phase in ("start", "end"):
            v = judge([c.get(phase) for c in cands], day_window(rec[phase]))
            tally[phase][v] += 1
            row.append(v)
        detail.append((rec["round"], *row))
    shown = len(events)
    has_salience = any("salience" in e for e in events)
    labelled = sum(1 for e in events if e.get("salience") == "background") if has_salience else None
    bodies = {os.path.splitext(os.path.basename(p))[0]: body_text(p) for p in present}
    mention_counts, mention_misses = score_mentions(events, facts.get("mentions") or [], bodies)
    return {
        "blind": bool(facts.get("blind")),
        "mentions": len(facts.get("mentions") or []), "mention_counts": mention_counts,
        "mention_misses": mention_misses,
        "series": key, "articles": len(present), "listed": len(listed), "events": shown,
        "rounds": len(numbered), "tally": tally, "detail": detail, "names": sorted(names),
        "duplicates": duplicate_count(events, numbers),
        "background_labelled": labelled,
        "background_rule": sum(1 for e in events if background_by_rule(e)),
    }


def pct(a, b):
    return f"{100.0 * a / b:.0f}%" if b else "-"


def print_series(results):
    head = ("series", "arts", "events", "rounds", "start R/V/M/W", "end R/V/M/W", "series#",
            "dup", "bg(label)", "bg(rule)")
    rows = []
    total = {"articles": 0, "events": 0, "rounds": 0, "dup": 0, "bgl": 0, "bgr": 0, "split": 0,
             "tally": {p: {"right": 0, "vague": 0, "missing": 0, "wrong": 0} for p in ("start", "end")}}
    any_label = False
    for r in results:
        t = r["tally"]
        fmt = lambda p: "{right}/{vague}/{missing}/{wrong}".format(**t[p])
        lab = "-" if r["background_labelled"] is None else pct(r["background_labelled"], r["events"])
        any_label |= r["background_labelled"] is not None
        rows.append((r["series"], f"{r['articles']}/{r['listed']}", str(r["events"]), str(r["rounds"]),
                     fmt("start"), fmt("end"), str(len(r["names"])), pct(r["duplicates"], r["events"]),
                     lab, pct(r["background_rule"], r["events"])))
        total["articles"] += r["articles"]
        total["events"] += r["events"]
        total["rounds"] += r["rounds"]
        total["dup"] += r["duplicates"]
        total["bgr"] += r["background_rule"]
        total["bgl"] += r["background_labelled"] or 0
        total["split"] += len(r["names"])
        for p in ("start", "end"):
            for k in t[p]:
                total["tally"][p][k] += t[p][k]
    tt = total["tally"]
    fmt = lambda p: "{right}/{vague}/{missing}/{wrong}".format(**tt[p])
    rows.append(("total", str(total["articles"]), str(total["events"]), str(total["rounds"]),
                 fmt("start"), fmt("end"), str(total["split"]), pct(total["dup"], total["events"]),
                 pct(total["bgl"], total["events"]) if any_label else "-", pct(total["bgr"], total["events"])))
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(len(head))]
    line = lambda x: "| " + " | ".join(c.ljust(w) for c, w in zip(x, widths)) + " |"
    print(line(head))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for x in rows:
        print(line(x))
    right = tt["start"]["right"] + tt["end"]["right"]
    print(f"\nround dates right: {right} of {2 * total['rounds']} "
          f"(start {tt['start']['right']}, end {tt['end']['right']}); "
          f"R/V/M/W = right / vague / missing / wrong")
    for r in results:
        if r["blind"]:  # `blind: true`: counts only, as for the blind Reuters facts
            print(f"  {r['series']}: a blind series, per-round results are not printed")
            continue
        print(f"  {r['series']}: series holding the rounds: {', '.join(r['names']) or 'none'}")
        print("    " + "  ".join(f"r{n}:{s[0].upper()}{e[0].upper()}" for n, s, e in r["detail"]))
    print_mentions(results)


def print_mentions(results):
    total = sum(r["mentions"] for r in results)
    if not total:
        return
    sums = {k: sum(r["mention_counts"][k] for r in results) for k in MENTION_STEPS + (DATED_ANY,)}
    print(f"\nround mentions: {total}; with an event {sums['event']} (dated right, any kind: {sums['dated']}), "
          f"as the round {sums['round']}, with its phase {sums['phase']}, and its date {sums['date']}")
    for r in results:
        c = r["mention_counts"]
        print(f"  {r['series']}: {r['mentions']} mentions, event {c['event']} (dated {c['dated']}), round {c['round']}, "
              f"phase {c['phase']}, date {c['date']}")
        if r["blind"]:
            continue
        for m, gave in r["mention_misses"]:
            print(f"    {m['file'][:-4]} '{m['words']}' r{m['round']} {m['phase']} {m['date']}: {gave}")


def score_reuters(parley, fact_path, jsonl, label="Reuters facts", details=True):
    with open(fact_path, encoding="utf-8") as f:
        facts = yaml.safe_load(f)["facts"]
    ids = {f["id"] for f in facts}
    stories = {}
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            if not any(f'"{i}"' in line for i in ids):
                continue
            d = json.loads(line)
            if d["id"] in ids:
                stories[d["id"]] = d
    tally = {"right": 0, "vague": 0, "missing": 0, "wrong": 0}
    by_kind = {}
    misses = []
    with tempfile.TemporaryDirectory() as tmp:
        timelines = {}
        for sid, d in stories.items():
            path = os.path.join(tmp, sid + ".txt")
            with open(path, "w", encoding="utf-8") as o:
                o.write(f"---\nid: {sid}\ndct: {d['dct']}\nsource: Reuters\n---\n{d['text']}")
            timelines[sid] = (run_timeline(parley, [path]).get("events") or [])
        for fact in facts:
            evs = timelines.get(fact["id"])
            if evs is None:
                tally["missing"] += 1
                misses.append((fact, "story not in corpus"))
                continue
            pats = [re.compile(r"\b" + re.escape(w.lower())) for w in str(fact["words"]).split()]
            def has(e, field):
                return all(p.search(str(e.get(field) or "").lower()) for p in pats)
            cands = [e for e in evs if has(e, "trigger")] or [e for e in evs if has(e, "summary")]
            window = day_window(fact["date"])
            verdicts = {judge([e.get("time")], window) for e in cands}
            v = next((x for x in ("right", "wrong", "vague") if x in verdicts), "missing")
            tally[v] += 1
            kind = str(fact.get("why", "")).split(":")[0].split()[0] if fact.get("why") else "-"
            k = by_kind.setdefault(kind, [0, 0])
            k[0] += v == "right"
            k[1] += 1
            if v != "right":
                got = "; ".join(f"{e.get('trigger')} {bounds(e.get('time'))[0]}..{bounds(e.get('time'))[1]}"
                                for e in cands[:2]) or "no event with these words"
                misses.append((fact, f"{v}: {got}"))
    n = len(facts)
    print(f"\n{label}: {tally['right']} of {n} right, {tally['vague']} vague, "
          f"{tally['missing']} missing, {tally['wrong']} wrong ({len(stories)} stories)")
    if not details:
        print("  (a blind set: per-fact results are not printed)")
        return
    print("  by construction: " + ", ".join(f"{k} {r}/{n}" for k, (r, n) in sorted(by_kind.items())))
    for fact, why in misses:
        print(f"  {fact['id']} '{fact['words']}' {fact['date']} ({fact['why']}): {why}")


# The Reuters fact files, scored and reported separately: the development facts the rules were
# written against, validation facts of other stories that no rule was tuned on, and two blind
# checks written after the last rule change.
REUTERS_FILES = {
    "reuters-facts.yaml": "Reuters facts (development)",
    "reuters-validation.yaml": "Reuters facts (validation)",
    "reuters-dev3.yaml": "Reuters facts (development 3)",
    "reuters-blind.yaml": "Reuters facts (blind check)",
    "reuters-blind2.yaml": "Reuters facts (blind check 2)",
}
# Blind sets print their totals only: which facts fail, or by which construction, is what tuning
# would read, and a set read that way stops being blind.
COUNTS_ONLY = {"reuters-blind2.yaml"}


def main():
    if len(sys.argv) < 4:
        fail(__doc__.strip().splitlines()[-1])
    parley, devdir, factdir = sys.argv[1:4]
    reuters = sys.argv[4] if len(sys.argv) > 4 else ""
    results = []
    for name in sorted(os.listdir(factdir)):
        if not name.endswith(".yaml") or name in REUTERS_FILES:
            continue
        r = score_series(parley, devdir, os.path.join(factdir, name))
        if r is None:
            print(f"chronology: {name[:-5]}: no article of the series in {devdir}, skipped")
            continue
        results.append(r)
    has_facts = any(os.path.isfile(os.path.join(factdir, n)) for n in REUTERS_FILES)
    if not results and not has_facts:
        fail(f"no series folder of {factdir} found under {devdir} (see tests/bench/chronology/README.md)")
    if results:
        print_series(results)
    else:
        # The Reuters facts need only ../shared: score them even without a folder of coverage.
        print(f"chronology: no series folder of {factdir} under {devdir}; Reuters facts only")
    found = False
    for name, label in REUTERS_FILES.items():
        facts = os.path.join(factdir, name)
        if not os.path.isfile(facts):
            continue
        found = True
        if reuters and os.path.isfile(reuters):
            score_reuters(parley, facts, reuters, label, details=name not in COUNTS_ONLY)
        else:
            print(f"\n{label}: corpus not found, skipped")
    if not found:
        print(f"\nReuters facts: none in {factdir}, skipped")


if __name__ == "__main__":
    main()
