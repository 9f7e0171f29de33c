"""python3 -m parley.distributed on a LocalCluster of two worker processes: the same lines as one
`parley tag --jsonl` run, the same merged timeline as `parley timeline`, a killed worker's work
done again exactly once, a bad line answered by its error line."""
import glob
import json
import os
import pathlib
import signal

import pytest

distributed = pytest.importorskip("dask.distributed")  # CI installs python3-distributed

import parley  # noqa: E402
import parley.distributed as pd  # noqa: E402
from conftest import as_front_matter_file, cli  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


@pytest.fixture(scope="module")
def client():
    # the workers import this file's fault injector by name
    os.environ["PYTHONPATH"] = HERE + os.pathsep + os.environ.get("PYTHONPATH", "")
    cluster = pd.local_cluster(2)
    c = distributed.Client(cluster)
    assert len(c.scheduler_info()["workers"]) == 2
    yield c
    c.close()
    cluster.close()


def shards(lines, directory, n=4):
    """`lines` split into n files shard-0.jsonl ... in order."""
    size = -(-len(lines) // n)
    for i in range(n):
        pathlib.Path(directory, f"shard-{i}.jsonl").write_text("".join(lines[i * size:(i + 1) * size]), encoding="utf-8")
    return str(pathlib.Path(directory, "shard-*.jsonl"))


def written(out_dir):
    return [line for p in sorted(glob.glob(os.path.join(out_dir, "part-*.jsonl")))
            for line in pathlib.Path(p).read_text(encoding="utf-8").splitlines()]


def by_id(lines):
    return sorted(lines, key=lambda line: json.loads(line)["id"])


def test_tag_over_shards_is_one_cli_run(client, reuters_lines, tmp_path):
    lines = reuters_lines(400)
    pd.run("tag", shards(lines, tmp_path), str(tmp_path / "out"), client, blocksize=2**20)
    got = written(tmp_path / "out")
    assert len(got) == 400
    assert by_id(got) == by_id(cli("tag", "--jsonl", stdin="".join(lines)).splitlines())


def test_timeline_merge_is_the_cli_timeline(client, reuters_lines, tmp_path):
    lines = reuters_lines(40)
    pd.run("timeline", shards(lines, tmp_path), str(tmp_path / "out"), client)
    assert by_id(written(tmp_path / "out")) == by_id(cli("timeline", "--jsonl", stdin="".join(lines)).splitlines())
    (tmp_path / "articles").mkdir()
    files = [as_front_matter_file(json.loads(line), tmp_path / "articles") for line in lines]
    merged = (tmp_path / "out" / "timeline.yaml").read_text(encoding="utf-8")
    assert merged == cli("timeline", *files)
    assert merged.count("\n  - id: e") > 40, "forty articles hold many events"
    assert (tmp_path / "out" / "compare.yaml").read_text(encoding="utf-8") == cli("compare", *files)


def test_shuffled_merge_is_the_cli_timeline(client, reuters_lines, tmp_path):
    """400 stories in 4 shards: the merge by the shuffle (events grouped by their blocks over the
    workers) gives `parley timeline`'s bytes, and the one-task merge's."""
    lines = reuters_lines(400)
    in_glob = shards(lines, tmp_path)
    pairs = pd.read_lines(in_glob, 64 * 2**20).map_partitions(pd.timeline_partition)
    heads = [h.compute() for h in pairs.map_partitions(pd.heads_partition).to_delayed()]
    parts, _ = pd.plan_collection(heads)
    entries = [e for part in parts for e in part.values()]
    groups = {g for _, _, each, _ in entries for g in each}
    events = sum(len(each) for _, _, each, _ in entries)
    shared = {g for _, _, each, alone in entries for g, a in zip(each, alone) if not a}
    assert len(entries) == 400 and len(groups) > 100 and len(groups) < events, "many groups, some of several events"
    assert shared and len(shared) < len(groups), "most groups are merged in their partition, some are shuffled"
    pd.run("timeline", in_glob, str(tmp_path / "out"), client, compare=False, shuffle=True)
    pd.run("timeline", in_glob, str(tmp_path / "one"), client, compare=False)
    (tmp_path / "articles").mkdir()
    files = [as_front_matter_file(json.loads(line), tmp_path / "articles") for line in lines]
    merged = (tmp_path / "out" / "timeline.yaml").read_text(encoding="utf-8")
    assert merged == cli("timeline", *files)
    assert merged == (tmp_path / "one" / "timeline.yaml").read_text(encoding="utf-8")
    assert "sources: 2" in merged, "stories that tell one event are joined"


# A phase of talks that names no series ("started talks with the agent"), told before an event that
# names one: series unification reads both, so the plan sends both back unified, and each must be
# put back in its own place (not by "has a series", which the phase lacks).
SERIESLESS_PHASE_FIRST = [
    {"id": "trustee-wire", "dct": "2021-03-10",
     "text": "The trustee official said Murison will begin talks with the government as soon as they return to "
             "London."},
    {"id": "trustee-paper", "dct": "2021-03-10",
     "text": "The bankers started talks with the agent last April.\nThe trustee official said Murison will begin "
             "talks with the government as soon as they return to London."},
]


def test_shuffle_keeps_each_unified_event_in_its_place(client, tmp_path):
    lines = [json.dumps(d) + "\n" for d in SERIESLESS_PHASE_FIRST]
    in_glob = shards(lines, tmp_path, n=2)
    pd.run("timeline", in_glob, str(tmp_path / "out"), client, compare=False, shuffle=True)
    merged = (tmp_path / "out" / "timeline.yaml").read_text(encoding="utf-8")
    assert merged == parley.timeline_yaml(SERIESLESS_PHASE_FIRST)
    events = parley.timeline(SERIESLESS_PHASE_FIRST)["events"]
    started = [e for e in events if e["summary"].startswith("The bankers started talks")]
    assert len(started) == 1 and started[0]["evidence"][0]["doc"] == "trustee-paper"
    said = [e for e in events if e["kind"] == "statement"]
    assert len(said) == 1 and said[0]["sources"] == 2, "the two papers' statement is one event"


# Reports whose times carry what Reuters' first lines lack: ranges of days and zoned clocks. A model
# field the transfer between tasks leaves out makes the merged timeline differ from the CLI's.
RANGES_AND_ZONES = [
    {"id": "lake-wire", "dct": "2025-09-17",
     "text": "The sixth round of the Titicaca water talks was held on September 13-15 in La Paz. "
             "Negotiators resumed talks at 1300 GMT on Tuesday, officials said."},
    {"id": "lake-paper", "dct": "2025-09-18",
     "text": "The sixth round of the Titicaca water talks, held from September 13 to 15, ended without a deal. "
             "The delegations met again at 8 am EST on Tuesday."},
    {"id": "lake-radio", "dct": "2025-09-18",
     "text": "Bolivia and Peru wrapped up the sixth round of the Titicaca water talks on September 15. "
             "The seventh round will be held from October 20 to 22 in Puno."},
    {"id": "lake-agency", "dct": "2025-09-19",
     "text": "The seventh round of the Titicaca water talks will run from October 20 to 22, the mediators said "
             "on Thursday. They spoke to reporters at 5 p.m. Eastern time."},
]


def test_timeline_merge_keeps_ranges_and_zones(client, tmp_path):
    lines = [json.dumps(d) + "\n" for d in RANGES_AND_ZONES]
    pd.run("timeline", shards(lines, tmp_path), str(tmp_path / "out"), client, shuffle=True)
    (tmp_path / "articles").mkdir()
    files = [as_front_matter_file(d, tmp_path / "articles") for d in RANGES_AND_ZONES]
    merged = (tmp_path / "out" / "timeline.yaml").read_text(encoding="utf-8")
    expected = cli("timeline", *files)
    assert "range: {value: P3D" in expected and "utcOffset:" in expected, "the reports hold ranges and zones"
    assert merged == expected


def kill_once(lines, marker, victim):
    """Kills the worker process running the partition that holds `victim`, the first time only."""
    lines = list(lines)
    if any(f'"{victim}"' in line for line in lines):
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return lines
        os.kill(os.getpid(), signal.SIGKILL)
    return lines


def test_a_killed_worker_is_retried(client, reuters_lines, tmp_path):
    lines = reuters_lines(120)
    victim = json.loads(lines[70])["id"]  # in the third shard
    marker = str(tmp_path / "killed")
    bag = pd.read_lines(shards(lines, tmp_path), 2**20).map_partitions(kill_once, marker, victim)
    bag.map_partitions(pd.tag_partition).to_textfiles(str(tmp_path / "out" / "part-*.jsonl"), last_endline=True)
    assert os.path.exists(marker), "a worker was killed"
    got = written(tmp_path / "out")
    ids = [json.loads(line)["id"] for line in got]
    assert len(ids) == len(set(ids)) == 120
    assert by_id(got) == by_id(cli("tag", "--jsonl", stdin="".join(lines)).splitlines())
    client.wait_for_workers(2, timeout=60)  # the nanny starts the killed worker again


def test_a_malformed_line_gets_its_error_line(client, reuters_lines, tmp_path):
    lines = reuters_lines(40)
    lines[13] = '{"id": "broken", "text": \n'  # the fourth line of the second shard
    pattern = shards(lines, tmp_path)
    pd.run("tag", pattern, str(tmp_path / "out"), client)
    got = written(tmp_path / "out")
    assert len(got) == 40
    assert json.loads(got[13]) == {
        "id": None, "error": "line 4: not JSON: parse error at line 1, column 26: syntax error while parsing value - "
                             "unexpected end of input; expected '[', '{', or a literal"}
    expected = [line for p in sorted(glob.glob(pattern)) for line in cli("tag", "--jsonl", stdin=pathlib.Path(p).read_text()).splitlines()]
    assert got == expected


@pytest.mark.parametrize("shuffle", [False, True])
def test_timeline_answers_each_partition_once(reuters_lines, tmp_path, monkeypatch, shuffle):
    """The part files and the merge both come from one answer per partition (persisted), not from
    one per branch of the graph."""
    import dask
    calls = []
    answer = pd.timeline_partition
    monkeypatch.setattr(pd, "timeline_partition", lambda lines, aliases=None: calls.append(1) or answer(lines, aliases))
    with dask.config.set(scheduler="sync"):
        pd.run("timeline", shards(reuters_lines(12), tmp_path), str(tmp_path / "out"), None, compare=False,
               shuffle=shuffle)
    assert len(calls) == 4
    assert len(written(tmp_path / "out")) == 12
