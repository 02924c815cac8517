"""Code a JSONL news corpus with Ray Data, on this machine or on a Ray cluster.

Needs the ``ray`` extra: ``pip install "event-extract-haystack[ray]"``.

Run locally (Ray starts a private instance on this machine and stops it at the end)::

    python examples/ray_corpus.py examples/articles.jsonl -o coded.jsonl
    python examples/ray_corpus.py big.jsonl --output-dir coded/ --concurrency 8

Each input line is ``{"id", "text", "published"}`` like the CLI reads. ``-o FILE`` streams the
coded rows back to this process and writes the CLI's exact ``--format jsonl`` records in input
order; ``--output-dir DIR`` has the workers write JSON files themselves (what
you want at scale; nested fields are JSON strings there, see ``event_extract.ray``).

Pointing it at a cluster:

1. Start a cluster (``ray start --head`` on one node and ``ray start --address=HEAD:6379`` on the
   others, or the Ray cluster launcher / KubeRay), with this package installed on every node in
   the same Python environment (or pass ``--pip`` so Ray installs it in a runtime environment).
2. Make the input readable from every node: a shared file system path, or ``s3://``/``gs://``
   URLs (Ray Data reads those directly). ``--output-dir`` must likewise be shared storage.
3. Either run this script on a cluster node with ``--address auto``, or from outside with
   ``--address ray://HEAD:10001`` (Ray Client), or set ``RAY_ADDRESS`` instead of ``--address``.
   ``--concurrency N`` then sets how many actors (one warmed-up pipeline each, one CPU each)
   code in parallel across the cluster; keep N below the cluster's CPU count so that Ray Data's
   read tasks still get a CPU, or leave it out to autoscale to the free CPUs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")

import ray
import ray.data

from event_extract.ray import extract_events, to_jsonl_line

DEFAULT_INPUT = Path(__file__).parent / "articles.jsonl"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options of the example."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("input", nargs="?", default=str(DEFAULT_INPUT), help="JSONL file(s) or directory/URL")
    parser.add_argument("-o", "--output", help="write the coded records to this JSONL file on the driver")
    parser.add_argument("--output-dir", help="let the workers write JSON files into this directory/URL")
    parser.add_argument(
        "--address", default=None, help="auto or ray://HEAD:10001 (default: RAY_ADDRESS, else a local Ray)"
    )
    parser.add_argument("--concurrency", type=int, default=None, help="number of actors (default: autoscale)")
    parser.add_argument("--batch-size", type=int, default=64, help="documents per batch (default: 64)")
    parser.add_argument("--date", default=None, help="reference date for documents without one (YYYY-MM-DD)")
    parser.add_argument("--limit", type=int, default=None, help="only code the first N documents")
    parser.add_argument("--pip", action="append", default=[], help="pip requirement installed on the workers")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Read the corpus, code it with Ray and write or summarise the result."""
    args = parse_args(argv)
    runtime_env = {"pip": args.pip} if args.pip else None
    if args.address or os.environ.get("RAY_ADDRESS"):
        ray.init(address=args.address, runtime_env=runtime_env)
    else:
        ray.init(include_dashboard=False, runtime_env=runtime_env)
    started = time.perf_counter()
    if args.output_dir is None:
        # The driver writes one file: keep input order (costs a little parallelism, not memory).
        ray.data.DataContext.get_current().execution_options.preserve_order = True
    dataset = ray.data.read_json(args.input)
    if args.limit is not None:
        dataset = dataset.limit(args.limit)
    coded = extract_events(
        dataset, batch_size=args.batch_size, concurrency=args.concurrency, reference_date=args.date
    )
    if args.output_dir:
        coded.write_json(args.output_dir)
        seconds = time.perf_counter() - started
        print(f"ray_corpus: wrote {args.output_dir} in {seconds:.1f} s", file=sys.stderr)
    else:
        documents = events = 0
        with Path(args.output or os.devnull).open("w", encoding="utf-8") as handle:
            for row in coded.iter_rows():  # streams: rows arrive while later batches are coded
                documents += 1
                events += int(row["n_events"])
                handle.write(to_jsonl_line(row) + "\n")
        seconds = time.perf_counter() - started
        print(
            f"ray_corpus: {documents} documents, {events} events in {seconds:.1f} s "
            f"({documents / seconds:.1f} docs/s)",
            file=sys.stderr,
        )
    ray.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
