"""parley over a Dask cluster: ``python3 -m parley.distributed tag|timeline IN_GLOB OUT_DIR``.

Input files hold batch protocol lines (``{"id","text","dct"}``, one JSON object a line). They are
read with ``dask.bag.read_text`` in blocks, each block (a partition) goes to one call of the
package's batch function on a worker, and the answers are written with ``to_textfiles``: one
``part-N.jsonl`` per partition, in input order, one answer line per input line, exactly the lines
``parley tag --jsonl`` (or ``parley timeline --jsonl``) gives for them, error lines included.
The engine is loaded by the worker that runs a partition (only this module's functions travel,
by name), and Dask runs a partition again elsewhere when its worker dies.

``timeline`` also writes the collection, ``timeline.yaml`` (what ``parley timeline`` writes for
the same articles), merged in one task (``merge_collection``) or, with ``--shuffle``, by a
shuffle: each worker gives, per document, the block keys of its
events (``merge_heads``); one small task sorts the documents, unifies the series over the events
that name one and groups the events by the connected components of shared keys (``plan_merge``);
a group that lies in one partition is matched and joined where it is; the events of the other
groups are moved to the task of their group's bucket (each bucket task takes its part of every
partition: a shuffle), matched and joined there (``merge_bucket``), and one task numbers and
orders the joined events (``assemble_groups``). ``compare.yaml`` (what ``parley compare`` writes
for them) is still made by one task over all the per-document timelines.

Without ``--scheduler`` a ``LocalCluster`` of ``--workers`` processes (one thread each) is
started; with one, the cluster at that address is used (its workers need the package).
"""
import argparse
import glob
import os
import re
import sys

_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}


def parse_size(text):
    """'64MiB' -> 67108864; a plain number is bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?i?[bB]?)\s*", text)
    if not m or m.group(2).lower() not in _UNITS:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size (64MiB, 500kB, 1000000)")
    size = int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    if size <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a positive size")
    return size


# --- what runs on the workers: module-level functions, pickled by name ------------------------

def tag_partition(lines):
    """One partition's ``parley tag --jsonl`` answers."""
    from . import _parley
    return _parley.tag_batch(list(lines))


def timeline_partition(lines, aliases=None):
    """One partition's ``parley timeline --jsonl`` answers, each with its document's whole
    timeline as text (None for an error line): ``[(answer, transfer), ...]``."""
    from . import _parley
    return _parley.timeline_shard(list(lines), aliases)


def merge_collection(parts, all=False, compare=True, aliases=None):
    """The merged timeline YAML and the compare report YAML (None when not asked for, or for a
    single document) of the per-document timelines of all partitions ``parts`` (lists of
    transfer lines), in one task."""
    from . import _parley
    return _parley.merge_transfers([t for part in parts for t in part], all, compare, aliases)


def heads_partition(pairs, aliases=None):
    """Per document of the partition: its order key, its events that name a series, and the
    block keys of the others."""
    from . import _parley
    return _parley.merge_heads(_transfers(pairs), aliases)


def plan_collection(heads, aliases=None):
    """The plan over the heads of every partition (a list per partition; one task): None when the
    shuffle does not apply."""
    from . import _parley
    return _parley.plan_merge([list(h) for h in heads], aliases)


def is_none(value):
    return value is None


def plan_part(plan, index):
    """What partition ``index`` needs of the plan: its documents' part, and the quote words whose
    blocks the whole collection leaves out."""
    return plan[0][index], plan[1]


def plan_crowded(plan):
    """The plan's quote words whose blocks the whole collection leaves out (for merge_bucket)."""
    return plan[1]


def members_partition(pairs, part, buckets, aliases=None):
    """The partition's events under its part of the plan: ``(per_bucket, heads, local)``, the events
    of groups that other partitions share as one list of ``(group, transfer)`` per bucket (group mod
    ``buckets``), the documents' heads ``(index, transfer)``, and the groups that lie here alone
    matched and joined here (one transfer)."""
    from . import _parley
    groups, crowded = part
    return _parley.group_members(_transfers(pairs), groups, crowded, buckets, aliases)


def bucket_of(members, bucket):
    return members[0][bucket]


def kept_of(members):
    """What the assembly needs of a partition's members: its heads and its local groups."""
    return members[1], members[2]


def merge_bucket_task(parts, crowded, aliases=None):
    """One bucket's events from every partition: its groups matched and joined."""
    from . import _parley
    return _parley.merge_bucket(list(parts), crowded, aliases)


def assemble_collection(kept, buckets, all=False):
    """The merged timeline YAML from the partitions' heads and local groups (``kept_of``) and the
    buckets' groups (one task)."""
    from . import _parley
    heads = [h for k in kept for h in k[0]]
    return _parley.assemble_groups(heads, [k[1] for k in kept] + list(buckets), all)


def shuffled_merge(pairs, all=False, aliases=None):
    """The merged timeline YAML of the persisted (answer, transfer) partitions by the shuffle, or
    None when the plan says it does not apply (fewer than two documents, or two with the same
    documents: merge_collection then merges them in one task). Groups that lie in one partition
    are merged there; only the others cross to the bucket of their group, one task per bucket
    taking its part of every partition."""
    import dask
    from dask import delayed
    heads = pairs.map_partitions(heads_partition, aliases).to_delayed()
    plan = delayed(plan_collection)(heads, aliases).persist()
    if dask.compute(delayed(is_none)(plan))[0]:
        return None
    parts = pairs.to_delayed()
    buckets = len(parts)
    members = [delayed(members_partition)(p, delayed(plan_part)(plan, i), buckets, aliases)
               for i, p in enumerate(parts)]
    crowded = delayed(plan_crowded)(plan)
    merged = [delayed(merge_bucket_task)([delayed(bucket_of)(m, b) for m in members], crowded, aliases)
              for b in range(buckets)]
    return delayed(assemble_collection)([delayed(kept_of)(m) for m in members], merged, all)


def _answers(pairs):
    return [a for a, _ in pairs]


def _transfers(pairs):
    return [t for _, t in pairs if t is not None]


# --- the client side ---------------------------------------------------------------------------

def read_lines(in_glob, blocksize):
    """The input as a bag of lines, each with its '\\n' (an empty line gets its error line, as
    from ``parley tag --jsonl``)."""
    import dask.bag as db
    files = sorted(glob.glob(in_glob)) if any(c in in_glob for c in "*?[") else [in_glob]
    if not files:
        raise FileNotFoundError(f"no input file matches '{in_glob}'")
    return db.read_text(files, blocksize=blocksize)


def run(command, in_glob, out_dir, client, blocksize=64 * 2**20, all=False, compare=True, aliases=None, shuffle=False):
    """Runs the pipeline on ``client``'s cluster; returns what was written (paths). ``shuffle``:
    the collection merged by the shuffle instead of in one task (the same bytes; on 19,043
    Reuters stories and 2 cores the one task is about twice as fast, see docs/python.md)."""
    import dask
    from dask import delayed

    if command not in ("tag", "timeline"):
        raise ValueError(f"unknown command '{command}' (tag or timeline)")
    os.makedirs(out_dir, exist_ok=True)
    for old in glob.glob(os.path.join(out_dir, "part-*.jsonl")):  # a run before with more partitions
        os.remove(old)
    lines = read_lines(in_glob, blocksize)
    pattern = os.path.join(out_dir, "part-*.jsonl")

    def write(bag):  # part-00000.jsonl, ...: the names sort in input order
        return bag.to_textfiles(pattern, name_function=lambda i: f"{i:05d}", last_endline=True, compute=False)

    if command == "tag":
        dask.compute(*write(lines.map_partitions(tag_partition)))
        return sorted(glob.glob(pattern))
    # persisted: the answers and the transfers both come from it, and each branch's graph would
    # otherwise answer every partition again
    pairs = lines.map_partitions(timeline_partition, aliases).persist()
    written = write(pairs.map_partitions(_answers))
    transfers = pairs.map_partitions(_transfers).to_delayed()
    shuffled = shuffled_merge(pairs, all, aliases) if shuffle else None
    if shuffled is None:
        merged = delayed(merge_collection)(transfers, all, compare, aliases)
        timeline_yaml, compare_yaml = dask.compute(*written, merged)[-1]
    else:
        report = delayed(merge_collection)(transfers, all, True, aliases) if compare else None
        *_, timeline_yaml, report = dask.compute(*written, shuffled, report)
        compare_yaml = report[1] if report is not None else None
    paths = sorted(glob.glob(pattern))
    for name, text in (("timeline.yaml", timeline_yaml), ("compare.yaml", compare_yaml)):
        if text is None:
            continue
        path = os.path.join(out_dir, name)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(path + ".tmp", path)
        paths.append(path)
    return paths


def _package_parent():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def local_cluster(workers):
    """A LocalCluster of ``workers`` processes, one thread each, able to import this package."""
    from dask.distributed import LocalCluster
    parent = _package_parent()
    path = os.environ.get("PYTHONPATH", "")
    if parent not in path.split(os.pathsep):  # spawned workers import the package by name
        os.environ["PYTHONPATH"] = parent + (os.pathsep + path if path else "")
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


def main(argv=None):
    p = argparse.ArgumentParser(prog="python3 -m parley.distributed",
                                description="parley tag/timeline over JSON-lines shards on a Dask cluster")
    p.add_argument("command", choices=["tag", "timeline"])
    p.add_argument("in_glob", metavar="IN_GLOB", help="input files of batch protocol lines (a glob, quoted)")
    p.add_argument("out_dir", metavar="OUT_DIR", help="where part-N.jsonl (and timeline.yaml, compare.yaml) go")
    p.add_argument("--scheduler", metavar="ADDRESS", help="an existing cluster's scheduler (tcp://host:8786)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="worker processes of the local cluster (default: the machine's cores)")
    p.add_argument("--blocksize", type=parse_size, default=parse_size("64MiB"),
                   help="bytes of input per partition (default 64MiB)")
    p.add_argument("--all", action="store_true", help="timeline: keep background events (as parley timeline --all)")
    p.add_argument("--no-compare", action="store_true",
                   help="timeline: do not write compare.yaml (its in_some lists grow with documents x events)")
    merge = p.add_mutually_exclusive_group()
    merge.add_argument("--one-merge-task", action="store_true",
                       help="timeline: merge the collection in one task (the default)")
    merge.add_argument("--shuffle", action="store_true",
                       help="timeline: merge the collection by a shuffle of its events over the workers")
    p.add_argument("--aliases", metavar="FILE", help="timeline: an alias file, as parley timeline --aliases")
    a = p.parse_args(argv)
    if a.workers < 1:
        p.error("--workers must be at least 1")
    if a.aliases and not os.path.isfile(a.aliases):
        p.error(f"--aliases: no file '{a.aliases}'")
    try:
        from dask.distributed import Client
    except ImportError:
        print("parley: dask.distributed is not installed (Debian: python3-distributed)", file=sys.stderr)
        return 1
    try:
        if a.scheduler:
            client = Client(a.scheduler)
            cluster = None
        else:
            cluster = local_cluster(a.workers)
            client = Client(cluster)
        try:
            paths = run(a.command, a.in_glob, a.out_dir, client, a.blocksize, a.all, not a.no_compare,
                        os.path.abspath(a.aliases) if a.aliases else None, a.shuffle)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    except (OSError, ValueError) as e:
        print(f"parley: {e}", file=sys.stderr)
        return 1
    print(f"parley: wrote {len(paths)} file(s) to {a.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
