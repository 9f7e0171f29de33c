"""The package against the command line on the same inputs: the same lines, the same timeline."""
import json
import threading
import time

import parley
import pytest

from conftest import SOURCE, article, as_front_matter_file, cli

ARTICLES = sorted((SOURCE / "tests" / "compare_articles").glob("*-round5.txt"))
EXAMPLE = SOURCE / "timelines" / "vienna-talks-round4.txt"


def request(doc):
    return json.dumps({"id": doc["id"], "text": doc["text"], "dct": doc.get("dct")}) + "\n"


def bundled_lines():
    return [request(article(p)) for p in [*ARTICLES, EXAMPLE]]


def test_tag_is_the_cli_answer():
    for line in bundled_lines():
        doc = json.loads(line)
        expected = json.loads(cli("tag", "--jsonl", stdin=line))["timexes"]
        got = parley.tag(doc["text"], dct=doc["dct"])
        assert got == expected
        assert got, "the bundled articles all hold times"


def test_tag_values():
    (wednesday,) = parley.tag("The talks ended on Wednesday.", dct="2021-05-20")
    assert (wednesday["text"], wednesday["value"], wednesday["start"], wednesday["end"]) == ("Wednesday", "2021-05-19", 19, 28)
    import datetime
    assert parley.tag("The talks ended on Wednesday.", dct=datetime.date(2021, 5, 20)) == [wednesday]
    assert parley.tag("The talks ended on Wednesday.")[0]["value"] == "XXXX-WXX-3"


def test_bad_dct_raises_the_cli_message():
    bad = json.dumps({"id": "a", "text": "on Monday", "dct": "2021-13-01"})
    error = json.loads(cli("tag", "--jsonl", stdin=bad + "\n"))["error"]
    assert error == "line 1: dct '2021-13-01' is not YYYY-MM-DD[THH:MM[:SS]]"
    with pytest.raises(ValueError) as e:
        parley.tag("on Monday", dct="2021-13-01")
    assert str(e.value) == error.removeprefix("line 1: ")
    with pytest.raises(ValueError, match=r"^document 2: dct 'soon' is not YYYY-MM-DD"):
        parley.timeline([{"id": "a", "text": "x"}, {"id": "b", "text": "y", "dct": "soon"}])
    with pytest.raises(TypeError):
        parley.tag("on Monday", dct=20210520)


def test_batches_are_the_cli_lines():
    lines = bundled_lines() + ["not json\n", json.dumps({"id": 7, "text": 3}) + "\n"]
    for command, batch in (("tag", parley.tag_batch), ("timeline", parley.timeline_batch)):
        expected = cli(command, "--jsonl", stdin="".join(lines)).splitlines()
        got = batch(lines)
        assert got == expected
        assert json.loads(got[-2]) == {"id": None, "error": json.loads(expected[-2])["error"]}
        assert json.loads(got[-1])["error"] == 'line 6: "text" must be a string'


def test_timeline_is_the_cli_timeline(tmp_path):
    docs = [article(p) for p in ARTICLES]
    files = [as_front_matter_file(d, tmp_path) for d in docs]
    expected = cli("timeline", *files)
    assert parley.timeline_yaml(docs) == expected
    assert parley.timeline_yaml(docs, all=True) == cli("timeline", "--all", *files)
    t = parley.timeline(docs)
    assert t["parley"] == 1
    assert [d["id"] for d in t["documents"]] == ["irna-round5", "paper-round5", "wire-round5"]
    assert [d["dct"] for d in t["documents"]] == ["2021-06-03", "2021-06-04", "2021-06-03"]
    # the round's end all three report, one event with three sources (docs/formats.md's example)
    (ended,) = [e for e in t["events"] if e["summary"].startswith("The fifth round of the Borjam Joint Commission meeting ended")]
    assert ended["sources"] == 3 and ended["match"]["rule"] == "same round"
    assert isinstance(ended["match"]["confidence"], float)
    assert ended["series"] == {"name": "Vienna talks", "round": 5}
    assert [e["id"] for e in t["events"]] == [line.split("id: ")[1] for line in expected.splitlines()
                                              if line.startswith("  - id: ")]


def test_batch_releases_the_gil():
    lines = bundled_lines() * 40
    span = {}

    def work():
        span["start"] = time.monotonic()
        parley.timeline_batch(lines)
        span["end"] = time.monotonic()

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while worker.is_alive():
        ticks.append(time.monotonic())
        time.sleep(0.001)
    worker.join()
    assert span["end"] - span["start"] > 0.05, "the batch must take long enough to see"
    inside = [t for t in ticks if span["start"] + 0.02 < t < span["end"] - 0.02]
    assert len(inside) >= 5, "this thread ran while the batch was answered"


def test_reuters_lines_are_the_cli_lines(reuters_lines):
    lines = reuters_lines(300)
    assert parley.tag_batch(lines) == cli("tag", "--jsonl", stdin="".join(lines)).splitlines()
