#!/usr/bin/env python3
"""Writes an article of about SIZE bytes built to make a timeline builder quadratic: undated
acts of a former office-holder (each "before what is told in the present"), present-tense events
and statements by one recurring speaker, quotes in the past tense, and "I"/"we" in quotes.
Usage: adversarial_article.py SIZE_BYTES > article.txt  (SIZE may end in K or M)."""
import sys

SENTENCES = [
    "Former President John Smith visited Tehran.",
    "Negotiators are meeting in Geneva.",
    "Iran says it wants a deal.",
    "\u201cWe talked to the envoys,\u201d the minister said.",
    "The late King Hussein had signed the treaty after the war.",
    "Officials said progress was made.",
    "The delegations meet in Vienna.",
]


def size_of(text):
    units = {"K": 1 << 10, "M": 1 << 20}
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def main():
    target = size_of(sys.argv[1])
    paragraph = " ".join(SENTENCES) + "\n"
    copies = max(1, target // len(paragraph.encode()))
    sys.stdout.write(paragraph * copies)


if __name__ == "__main__":
    main()
