"""Shared by the package and pipeline tests: the CLI, the bundled articles, Reuters (../shared)."""
import json
import os
import pathlib
import subprocess

import pytest

SOURCE = pathlib.Path(os.environ.get("PARLEY_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
BINARY = os.environ.get("PARLEY_BINARY", str(SOURCE / "build" / "parley"))
REUTERS = SOURCE.parent / "shared" / "corpora" / "reuters21578.jsonl"


def cli(*args, stdin=None):
    """The command's standard output (text); a non-zero exit other than 4 (some lines failed) fails."""
    r = subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True)
    assert r.returncode in (0, 3, 4), f"parley {' '.join(args)}: exit {r.returncode}: {r.stderr}"
    return r.stdout


def article(path):
    """A bundled article with front matter as a document dict, id the file stem."""
    raw = pathlib.Path(path).read_text(encoding="utf-8")
    doc = {"id": pathlib.Path(path).stem, "text": raw}
    if raw.startswith("---\n"):
        head, text = raw[4:].split("\n---\n", 1)
        doc["text"] = text
        for line in head.splitlines():
            key, _, value = line.partition(":")
            doc[key.strip()] = value.strip()
    return doc


def as_front_matter_file(doc, directory):
    """Writes the document so `parley timeline FILE` reads the same id, DCT and text."""
    path = pathlib.Path(directory) / f"{doc['id']}.txt"
    head = f"---\nid: {json.dumps(doc['id'])}\n"
    if doc.get("dct"):
        head += f"dct: {doc['dct']}\n"
    if doc.get("source"):
        head += f"source: {json.dumps(doc['source'])}\n"
    path.write_text(head + "---\n" + doc["text"], encoding="utf-8")
    return str(path)


@pytest.fixture(scope="session")
def reuters_lines():
    """The first lines of Reuters-21578 as batch protocol lines; skips without ../shared."""
    if not REUTERS.exists():
        pytest.skip(f"{REUTERS} is absent")

    def first(n):
        out = []
        with open(REUTERS, encoding="utf-8") as f:
            for line in f:
                out.append(line)
                if len(out) == n:
                    break
        return out
    return first
