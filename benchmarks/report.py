"""Print the throughput report: components, full pipeline and alternatives on the same news text.

Usage::

    python benchmarks/report.py [--corpus PATH] [--docs 1000] [--dateparser-docs 40]
                                [--workers-docs 3000] [--big] [--skip-workers]

Measures, in one run: docs/s and MB/s of each component and of the full pipeline (the CLI's
path, JSONL encoding included) and of ``dateparser.search_dates`` (and spaCy NER when installed)
on the first documents of the same corpus, with ratios; cost per MB for single documents of
growing size (linear cost = constant MB/s); import + ``warm_up`` time and peak RSS, each in a
fresh subprocess; and the wall-clock speed-up of ``event-extract extract --workers 2`` over one
worker. Single-core rates use the process's CPU time (``time.process_time``) so that other load
on a shared machine does not count against us; the wall-clock rate is shown beside it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _bench import (
    KB,
    MB,
    REPO,
    Rate,
    Stages,
    dateparser_search,
    default_corpus_path,
    documents_of_size,
    load_corpus,
    spacy_pipeline,
    text_bytes,
)

from event_extract.cli import InputRecord, code_batch

TARGET_MB_S = 2.0
TARGET_RATIO = 20.0
TARGET_STARTUP_S = 1.5
TARGET_RSS_MB = 300.0


def _env() -> dict[str, str]:
    env = dict(os.environ, HAYSTACK_TELEMETRY_ENABLED="False")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    return env


def measure(
    name: str, function: Callable[[], Any], records: Sequence[InputRecord], repeat: int
) -> tuple[Rate, Rate]:
    """(CPU-time rate, wall-clock rate) of the fastest of ``repeat`` runs."""
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        function()
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    size = text_bytes(records)
    return Rate(name, len(records), size, max(best_cpu, 1e-9)), Rate(name, len(records), size, best_wall)


def throughput(corpus: list[InputRecord], dateparser_docs: int, repeat: int) -> list[tuple[Rate, Rate]]:
    """Rates of the stages, the full pipeline and the alternatives."""
    stages = Stages(corpus)
    rows = [
        measure("TimexTagger", stages.tag, corpus, repeat),
        measure("ActorLinker", stages.link, corpus, repeat),
        measure("EventExtractor", stages.code, corpus, repeat),
        measure("full pipeline (to JSONL)", stages.full, corpus, repeat),
    ]
    slice_ = corpus[:dateparser_docs]
    rows.append(measure("dateparser.search_dates", lambda: dateparser_search(slice_), slice_, 1))
    spacy_run = spacy_pipeline()
    if spacy_run is not None:
        rows.append(measure("spaCy en_core_web_sm NER", lambda: spacy_run(slice_), slice_, 1))
    return rows


def scaling(corpus: list[InputRecord], sizes: Sequence[int]) -> list[tuple[int, float, float]]:
    """(size, CPU seconds, MB/s) of the full pipeline over the same text cut into documents of each
    size: constant MB/s means a cost linear in document size."""
    stages = Stages(corpus[:1])
    total = max(sizes)
    out = []
    for size in sizes:
        documents = documents_of_size(corpus, size, total)
        started = time.process_time()
        for document in documents:
            code_batch(stages.extractor, [document])
        seconds = time.process_time() - started
        out.append((size, seconds, text_bytes(documents) / MB / max(seconds, 1e-9)))
    return out


_STARTUP = """
import time
t0 = time.perf_counter()
import haystack
t1 = time.perf_counter()
import event_extract
from event_extract.cli import Extractor
t2 = time.perf_counter()
Extractor(None)
t3 = time.perf_counter()
print(t1 - t0, t2 - t0, t3 - t2)
"""


def startup(repeat: int = 3) -> tuple[float, float, float, float]:
    """(haystack import s, package import s incl. haystack, warm_up s, whole process s), best run.

    Measured as an installed package starts: pip compiles the bytecode of a wheel at install time,
    so the modules' bytecode is cached here too (in a scratch ``PYTHONPYCACHEPREFIX``, filled by one
    uncounted run), even where ``PYTHONDONTWRITEBYTECODE`` is set.
    """
    env = _env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    best = (float("inf"),) * 4
    with tempfile.TemporaryDirectory() as cache:
        env["PYTHONPYCACHEPREFIX"] = cache
        subprocess.run([sys.executable, "-c", _STARTUP], env=env, capture_output=True, check=True)
        for _ in range(repeat):
            best = min(best, _startup_once(env), key=lambda run: run[1] + run[2])
    return best


def _startup_once(env: dict[str, str]) -> tuple[float, float, float, float]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _STARTUP], env=env, capture_output=True, text=True, check=True)
    whole = time.perf_counter() - started
    haystack, imported, warmed = (float(value) for value in done.stdout.split())
    return haystack, imported, warmed, whole


_RSS = """
import json, resource, sys
from event_extract.cli import Extractor, InputRecord, batched, code_batch, read_inputs
def peak_kb():
    # VmHWM belongs to this process's memory map; ru_maxrss on Linux also keeps the peak of the
    # parent at fork time (across exec), which would report the benchmark process, not this one.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
limit = int(sys.argv[2])
extractor = Extractor(None)
warm = peak_kb()
seen = 0
def records():
    global seen
    for record in read_inputs([sys.argv[1]]):
        if seen >= limit:
            return
        seen += len(record.text.encode("utf-8"))
        yield record
for batch in batched(records(), 64):
    code_batch(extractor, batch)
print(warm / 1024, peak_kb() / 1024, seen / 1e6)
"""


def peak_rss(corpus_path: Path, megabytes: float) -> tuple[float, float, float]:
    """(RSS after warm_up, peak RSS, MB processed) of the full pipeline in a fresh process (Linux units)."""
    done = subprocess.run(
        [sys.executable, "-c", _RSS, str(corpus_path), str(int(megabytes * MB))],
        env=_env(), capture_output=True, text=True, check=True,
    )
    warm, peak, processed = (float(value) for value in done.stdout.split())
    return warm, peak, processed


def workers_speedup(corpus_path: Path, documents: int, workers: int = 2) -> dict[str, Any]:
    """Wall-clock time of the CLI with 1 and ``workers`` processes on the first ``documents``."""
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "subset.jsonl"
        with corpus_path.open(encoding="utf-8") as source, subset.open("w", encoding="utf-8") as target:
            for count, line in enumerate(source):
                if count >= documents:
                    break
                target.write(line)
        digests = {}
        for n in (1, workers):
            out = Path(tmp) / f"out{n}.jsonl"
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "event_extract.cli", "extract", str(subset), "--format", "jsonl",
                 "-o", str(out), "--no-progress", "--workers", str(n)],
                env=_env(), capture_output=True, text=True, check=True,
            )
            result[f"wall_{n}"] = time.perf_counter() - started
            result[f"summary_{n}"] = done.stderr.strip().splitlines()[-1]
            digests[n] = hashlib.sha256(out.read_bytes()).hexdigest()
        result["identical"] = digests[1] == digests[workers]
        result["speedup"] = result["wall_1"] / result[f"wall_{workers}"]
        result["documents"] = min(documents, sum(1 for _ in subset.open(encoding="utf-8")))
    return result


def _load() -> str:
    return "/".join(f"{value:.1f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def _check(ok: bool) -> str:
    return "yes" if ok else "NO"


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=None, help="JSONL corpus (default: Reuters/examples)")
    parser.add_argument("--docs", type=int, default=1000, help="documents for the throughput table")
    parser.add_argument("--dateparser-docs", type=int, default=40, help="documents given to dateparser")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (fastest counts)")
    parser.add_argument("--rss-mb", type=float, default=5.0, help="MB of text for the peak-RSS run")
    parser.add_argument("--workers-docs", type=int, default=3000, help="documents for the --workers run")
    parser.add_argument("--big", action="store_true", help="include the 10 MB document in the scaling table")
    parser.add_argument("--skip-workers", action="store_true", help="skip the --workers 2 measurement")
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers as JSON here")
    args = parser.parse_args(argv)
    corpus_path = args.corpus or default_corpus_path()
    corpus = [record for record in load_corpus(corpus_path, args.docs) if record.text.strip()]
    print(f"corpus: {corpus_path} ({len(corpus)} documents, {text_bytes(corpus) / MB:.2f} MB)")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {_load()}\n")
    numbers: dict[str, Any] = {"corpus": str(corpus_path)}

    rows = throughput(corpus, args.dateparser_docs, args.repeat)
    base = next(cpu for cpu, _ in rows if cpu.name == "dateparser.search_dates")
    print(f"{'system':<28}{'docs':>6}{'docs/s':>10}{'MB/s':>9}{'wall MB/s':>11}{'x dateparser':>14}")
    for cpu, wall in rows:
        ratio = cpu.mb_per_s / base.mb_per_s
        print(f"{cpu.name:<28}{cpu.documents:>6}{cpu.docs_per_s:>10.1f}{cpu.mb_per_s:>9.3f}"
              f"{wall.mb_per_s:>11.3f}{ratio:>14.1f}")
        numbers[cpu.name] = {"docs_per_s": cpu.docs_per_s, "mb_per_s": cpu.mb_per_s,
                             "wall_mb_per_s": wall.mb_per_s, "x_dateparser": ratio}
    if spacy_pipeline() is None:
        print(f"{'spaCy NER':<28}not installed (pip install spacy; python -m spacy download en_core_web_sm)")
    full = next(cpu for cpu, _ in rows if cpu.name.startswith("full pipeline"))

    sizes = [10 * KB, 100 * KB, 1 * MB] + ([10 * MB] if args.big else [])
    print(f"\nfull pipeline on the same {max(sizes) // MB} MB of text cut into documents of each size "
          "(constant MB/s = linear cost)")
    print(f"{'size':>8}{'CPU s':>9}{'MB/s':>8}{'cost/MB vs 10 KB':>18}")
    scale = scaling(corpus, sizes)
    for size, seconds, rate in scale:
        print(f"{size // KB:>5} KB{seconds:>9.3f}{rate:>8.3f}{scale[0][2] / rate:>18.2f}")
    numbers["scaling"] = [{"bytes": size, "cpu_s": s, "mb_per_s": r} for size, s, r in scale]

    haystack_s, imported, warmed, whole = startup()
    warm_rss, peak, processed = peak_rss(corpus_path, args.rss_mb)
    numbers.update(haystack_import_s=haystack_s, import_s=imported, warm_up_s=warmed, process_s=whole,
                   rss_warm_mb=warm_rss,
                   rss_peak_mb=peak, rss_text_mb=processed)
    print("\ntargets (one core)")
    ratio = full.mb_per_s / base.mb_per_s
    print(f"  full pipeline MB/s          {full.mb_per_s:8.3f}  target >= {TARGET_MB_S}   "
          f"met: {_check(full.mb_per_s >= TARGET_MB_S)}")
    print(f"  x dateparser.search_dates   {ratio:8.1f}  target >= {TARGET_RATIO:.0f}    "
          f"met: {_check(ratio >= TARGET_RATIO)}")
    print(f"  import + warm_up s          {imported + warmed:8.2f}  target <= {TARGET_STARTUP_S}   "
          f"met: {_check(imported + warmed <= TARGET_STARTUP_S)}"
          f"  (import {imported:.2f}, of which haystack {haystack_s:.2f}; warm_up {warmed:.2f}; "
          f"whole process {whole:.2f})")
    print(f"  peak RSS MB ({processed:.1f} MB text) {peak:8.1f}  target <= {TARGET_RSS_MB:.0f}   "
          f"met: {_check(peak <= TARGET_RSS_MB)}  (after warm_up {warm_rss:.1f})")

    if not args.skip_workers:
        speed = workers_speedup(corpus_path, args.workers_docs)
        numbers["workers"] = speed
        print(f"\n--workers 2 vs 1 on {speed['documents']} documents ({os.cpu_count()} CPUs, wall clock, "
              f"load average {_load()} after; other busy processes take CPUs the workers need)")
        print(f"  1 worker : {speed['wall_1']:7.2f} s   {speed['summary_1']}")
        print(f"  2 workers: {speed['wall_2']:7.2f} s   {speed['summary_2']}")
        print(f"  speed-up : {speed['speedup']:.2f}x, identical output: {_check(speed['identical'])}")
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
