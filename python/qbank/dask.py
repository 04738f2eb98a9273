"""Dedup on a Dask cluster with exactly the result of `qbank dedup`.

    python3 -m qbank.dask dedup INPUT.jsonl... -o OUTDIR (--scheduler ADDRESS | --local N)
        [--against BANK.jsonl] [--clusters] [--shards K] [--partitions R] [--workdir DIR]

Dask only schedules: every stage is a function of the library (qbank/dedup_stages.hpp) that reads and writes
files in a work directory every worker sees (OUTDIR/.qbank-work unless --workdir), each output written under
a temporary name and renamed, so a task lost with its worker simply runs again. The stages and their files
are described in docs/distributed-dedup.md. OUTDIR receives records.jsonl (and clusters.jsonl with
--clusters), the same lines, in the same order, as `qbank dedup INPUT... -o records.jsonl --clusters
clusters.jsonl`.

From Python:

    import qbank.dask
    summary = qbank.dask.dedup(["a.jsonl", "b.jsonl"], "out", local=2)
"""
import argparse
import os
import shutil
import sys
import time

from . import _qbank

__all__ = ["dedup", "main"]

# Stages in order: (name, what each task runs on).
STAGES = ("count", "stats", "keys", "edges", "components", "route", "cluster", "merge")


def _count(workdir, shard):
    """Task: counts one shard's records and word stems."""
    _qbank.dedup_stage_count(workdir, shard)
    return shard


def _keys(workdir, shard):
    """Task: writes one shard's blocking keys, partitioned."""
    _qbank.dedup_stage_keys(workdir, shard)
    return shard


def _edges(workdir, partition):
    """Task: joins one key partition into candidate edges."""
    _qbank.dedup_stage_edges(workdir, partition)
    return partition


def _route(workdir, shard):
    """Task: writes one shard's lone records out and routes the others to their component partition."""
    _qbank.dedup_stage_route(workdir, shard)
    return shard


def _cluster(workdir, partition):
    """Task: deduplicates one component partition with the bank's word statistics."""
    _qbank.dedup_stage_cluster(workdir, partition)
    return partition


def _stats(workdir):
    """Task: sums every shard's counts into the word statistics."""
    _qbank.dedup_stage_stats(workdir)
    return 0


def _components(workdir):
    """Task: connected components of all candidate edges; returns the number of component partitions."""
    return _qbank.dedup_stage_components(workdir)


def _merge(workdir, records, clusters):
    """Task: merges the output parts into the final files."""
    _qbank.dedup_stage_merge(workdir, records, clusters)
    return 0


def _run_all(client, stage, fn, workdir, count, timings):
    """Runs fn(workdir, i) for i in range(count) on the cluster and waits for all of them."""
    start = time.monotonic()
    futures = client.map(fn, [workdir] * count, list(range(count)), pure=False, key=[
        f"qbank-{stage}-{i}-{os.getpid()}-{time.monotonic_ns()}" for i in range(count)])
    results = client.gather(futures)
    del futures
    timings[stage] = time.monotonic() - start
    return results


def _run_one(client, stage, fn, timings, *args):
    """Runs fn(*args) as one task on the cluster and returns its result."""
    start = time.monotonic()
    future = client.submit(fn, *args, pure=False, key=f"qbank-{stage}-{os.getpid()}-{time.monotonic_ns()}")
    result = future.result()
    del future
    timings[stage] = time.monotonic() - start
    return result


def run_stages(client, inputs, outdir, against=(), clusters=False, shards=0, bank_shards=0, partitions=0,
               max_component=2000000, typos=True, workdir=None, keep_work=False, on_stage=None):
    """Runs every stage on a connected Dask client; returns a summary dict (task counts, seconds per stage,
    component figures). on_stage(name) is called as each stage starts."""
    outdir = os.path.abspath(outdir)
    os.makedirs(outdir, exist_ok=True)
    workdir = os.path.abspath(workdir or os.path.join(outdir, ".qbank-work"))
    if os.path.exists(workdir):
        shutil.rmtree(workdir)
    inputs = [os.path.abspath(p) for p in inputs]
    against = [os.path.abspath(p) for p in against]
    plan = _qbank.dedup_stage_plan(workdir, inputs, against, shards, bank_shards, partitions, max_component, typos)
    timings = {}
    note = on_stage or (lambda name: None)
    note("count")
    _run_all(client, "count", _count, workdir, plan["shards"], timings)
    note("stats")
    _run_one(client, "stats", _stats, timings, workdir)
    note("keys")
    _run_all(client, "keys", _keys, workdir, plan["shards"], timings)
    note("edges")
    _run_all(client, "edges", _edges, workdir, plan["partitions"], timings)
    note("components")
    cluster_partitions = _run_one(client, "components", _components, timings, workdir)
    note("route")
    _run_all(client, "route", _route, workdir, plan["shards"], timings)
    note("cluster")
    _run_all(client, "cluster", _cluster, workdir, cluster_partitions, timings)
    note("merge")
    records_path = os.path.join(outdir, "records.jsonl")
    clusters_path = os.path.join(outdir, "clusters.jsonl") if clusters else ""
    _run_one(client, "merge", _merge, timings, workdir, records_path, clusters_path)
    summary = dict(plan)
    summary["cluster_partitions"] = cluster_partitions
    summary["seconds"] = timings
    with open(os.path.join(workdir, "components.txt"), encoding="utf-8") as f:
        for line in f:
            name, value = line.split()
            summary[name] = int(value)
    if not keep_work:
        shutil.rmtree(workdir, ignore_errors=True)
    return summary


def dedup(inputs, outdir, scheduler=None, local=None, **options):
    """Deduplicates the JSONL record files inputs on a Dask cluster (scheduler: its address; local: the number
    of worker processes of a LocalCluster started here) into outdir/records.jsonl; options as run_stages."""
    from dask.distributed import Client, LocalCluster  # Debian python3-distributed, under /usr/bin/python3.
    if scheduler:
        with Client(scheduler) as client:
            return run_stages(client, inputs, outdir, **options)
    with LocalCluster(n_workers=local or 1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        return run_stages(client, inputs, outdir, **options)


def main(argv=None):
    """The command line: python3 -m qbank.dask dedup ..."""
    parser = argparse.ArgumentParser(prog="python3 -m qbank.dask",
                                     description="Dedup on a Dask cluster, equal to `qbank dedup`.")
    sub = parser.add_subparsers(dest="verb", required=True)
    d = sub.add_parser("dedup", help="merge near-duplicate questions on a Dask cluster")
    d.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL record files (as qbank normalize writes)")
    d.add_argument("-o", "--output", required=True, metavar="OUTDIR",
                   help="directory on storage every worker sees; receives records.jsonl (and clusters.jsonl)")
    where = d.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDRESS", help="address of a running dask scheduler (tcp://host:8786)")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N worker processes")
    d.add_argument("--against", action="append", default=[], metavar="BANK",
                   help="existing bank (JSONL) to add to; its ids never change")
    d.add_argument("--clusters", action="store_true", help="also write cluster membership to OUTDIR/clusters.jsonl")
    d.add_argument("--shards", type=int, default=0, help="shards of the input (default: one per 64 MB)")
    d.add_argument("--bank-shards", type=int, default=0, help="shards of the bank (default: one per 64 MB)")
    d.add_argument("--partitions", type=int, default=0, help="key and component partitions (default: shards)")
    d.add_argument("--max-component", type=int, default=2000000,
                   help="a component of more records is clustered in a task of its own (default 2000000)")
    d.add_argument("--no-typos", action="store_true", help="do not merge on a one-letter typo in a long word")
    d.add_argument("--workdir", help="work directory every worker sees (default OUTDIR/.qbank-work)")
    d.add_argument("--keep-work", action="store_true", help="keep the work directory")
    d.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    args = parser.parse_args(argv)
    for path in args.inputs + args.against:
        if not os.path.isfile(path):
            print(f"qbank.dask: error: {path}: no such file", file=sys.stderr)
            return 2
    progress = None if args.quiet else (lambda name: print(f"qbank.dask: {name}", file=sys.stderr))
    try:
        summary = dedup(args.inputs, args.output, scheduler=args.scheduler, local=args.local,
                        against=args.against, clusters=args.clusters, shards=args.shards,
                        bank_shards=args.bank_shards, partitions=args.partitions,
                        max_component=args.max_component, typos=not args.no_typos, workdir=args.workdir,
                        keep_work=args.keep_work, on_stage=progress)
    except _qbank.Error as e:
        print(f"qbank.dask: error: {e}", file=sys.stderr)
        return 1
    if not args.quiet:
        secs = ", ".join(f"{k} {v:.1f} s" for k, v in summary["seconds"].items())
        print(f"qbank.dask: {summary['records']} records, {summary['components']} components "
              f"(largest {summary['largest']}), {summary['shards']} shards, {summary['partitions']} partitions; "
              f"{secs}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
