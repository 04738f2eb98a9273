#!/usr/bin/python3
"""Cost of dedup on more than one machine, stage by stage: CPU per record, bytes written and shuffled per
record, peak memory per task, for the cost model in bench/RESULTS.md.

    PYTHONPATH=build/python /usr/bin/python3 bench/dask_bench.py --bin build/bin --records 1000000 \
        --shards 8 --partitions 8 --tmp /tmp/qb [--case synthetic|onekey|chain|short] [--reference] \
        [--jobs 2] [--task-memory-mb 4096]

Each task of each stage runs as its own process (the stage functions of qbank/dedup_stages.hpp, exactly as a
Dask worker runs them), --jobs at a time, each under an address-space limit (--task-memory-mb), so its CPU
time (user + system) and peak resident memory are its own (os.wait4). CPU is reported, not wall time: the
machine is shared. The interpreter's own start-up (measured with an empty task) is subtracted from CPU.
With --reference, `qbank dedup --threads 1` runs on the same input and the outputs are compared byte for byte.

Cases: synthetic (qbank-gen records: 20% perturbed copies); onekey (every record shares one blocking key:
one question with a different parenthesised gloss each, so none merge); chain (a long chain of near
variants: 16-letter words in Gray-code order, each one letter from the next); short (one- and two-word
questions over a small vocabulary).
"""
import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time

TASK = ("import sys\nfrom qbank import _qbank as q\nstage, w = sys.argv[1], sys.argv[2]\n"
        "f = getattr(q, 'dedup_stage_' + stage)\n"
        "f(w, *[int(a) for a in sys.argv[3:]]) if stage != 'merge' else f(w, sys.argv[3], sys.argv[4])\n")
NOOP = "import sys\nfrom qbank import _qbank as q\n"


def run_tasks(commands, jobs, memory_mb):
    """Runs commands, jobs at a time; returns [(user+sys seconds, peak RSS KB)] in order; raises on failure."""
    def limit():
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    pending = list(enumerate(commands))
    running = {}
    results = [None] * len(commands)
    while pending or running:
        while pending and len(running) < jobs:
            i, cmd = pending.pop(0)
            proc = subprocess.Popen(cmd, preexec_fn=limit)
            running[proc.pid] = (i, cmd, proc)
        pid, status, usage = os.wait4(-1, 0)
        if pid not in running:
            continue
        i, cmd, proc = running.pop(pid)
        proc.returncode = status  # Reaped here; keeps subprocess from waiting on it again.
        if status != 0:
            raise RuntimeError(f"task failed ({status}): {' '.join(cmd)}")
        results[i] = (usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
    return results


def sizes(root):
    """Returns {path: bytes} of every file under root."""
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            out[p] = os.path.getsize(p)
    return out


def gray_words(n):
    """n distinct words of 16 to 20 letters, each one letter away from the next (reflected Gray code)."""
    length = max(16, (n - 1).bit_length())
    pairs = [("abcdefghijklmnopstuv"[i], "qrstuvwxyzbcdfghmnop"[i]) for i in range(length)]
    for k in range(n):
        g = k ^ (k >> 1)
        yield "".join(pairs[j][(g >> j) & 1] for j in range(length))


def record(text, i):
    """A record of the schema for a generated question on line i + 1 of skew.txt."""
    return {"text": text, "lang": "en", "topic": None, "tags": [], "answer": None, "code": None,
            "sources": [{"file": "skew.txt", "line": i + 1, "raw": text, "format": "text"}]}


def write_case(case, n, path, gen):
    """Writes the input of a case (n records) to path."""
    if case == "synthetic":
        subprocess.run([gen, "records", str(n), path, path + ".truth.tsv", "1"], check=True)
        return
    rng = random.Random(7)
    vocab = ["".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
             for _ in range(5000)]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            if case == "onekey":
                text = f"What is a monad ({vocab[i % len(vocab)]}{i})?"
            elif case == "chain":
                text = None
            else:
                text = rng.choice(["What is ", "Why ", "", "How "]) + " ".join(
                    rng.choice(vocab[:800]) for _ in range(rng.randint(1, 2))) + "?"
            if case == "chain":
                break
            f.write(json.dumps(record(text, i), ensure_ascii=False) + "\n")
        if case == "chain":
            for i, w in enumerate(gray_words(n)):
                text = f"What is {w}?"
                f.write(json.dumps(record(text, i)) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True, help="directory of qbank and qbank-gen")
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--partitions", type=int, default=0)
    ap.add_argument("--case", default="synthetic", choices=["synthetic", "onekey", "chain", "short"])
    ap.add_argument("--tmp", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--task-memory-mb", type=int, default=0, help="address-space limit of each task")
    ap.add_argument("--reference", action="store_true", help="also run qbank dedup and compare")
    ap.add_argument("--keep-input", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.tmp, exist_ok=True)
    inp = os.path.join(args.tmp, f"{args.case}-{args.records}.jsonl")
    if not os.path.exists(inp):
        write_case(args.case, args.records, inp, os.path.join(args.bin, "qbank-gen"))
    work = os.path.join(args.tmp, "work")
    out = os.path.join(args.tmp, "out")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    sys.path.insert(0, os.environ.get("PYTHONPATH", "build/python").split(":")[0])
    from qbank import _qbank
    plan = _qbank.dedup_stage_plan(work, [inp], [], args.shards, 0, args.partitions)
    py = sys.executable
    base = run_tasks([[py, "-c", NOOP]] * 3, 1, 0)
    base_cpu = min(c for c, _ in base)
    base_rss = min(r for _, r in base)
    n = args.records
    report = {"case": args.case, "records": n, "shards": plan["shards"], "partitions": plan["partitions"],
              "input_bytes": os.path.getsize(inp), "task_memory_mb": args.task_memory_mb,
              "interpreter_cpu_s": base_cpu, "interpreter_rss_kb": base_rss, "stages": []}
    cluster_parts = None
    records_out = os.path.join(out, "records.jsonl")
    clusters_out = os.path.join(out, "clusters.jsonl")
    for stage in ("count", "stats", "keys", "edges", "components", "route", "cluster", "merge"):
        if stage in ("count", "keys", "route"):
            cmds = [[py, "-c", TASK, stage, work, str(i)] for i in range(plan["shards"])]
        elif stage == "edges":
            cmds = [[py, "-c", TASK, stage, work, str(i)] for i in range(plan["partitions"])]
        elif stage == "cluster":
            cmds = [[py, "-c", TASK, stage, work, str(i)] for i in range(cluster_parts)]
        elif stage == "merge":
            cmds = [[py, "-c", TASK, stage, work, records_out, clusters_out]]
        else:
            cmds = [[py, "-c", TASK, stage, work]]
        before = sizes(work)
        t0 = time.monotonic()
        res = run_tasks(cmds, args.jobs, args.task_memory_mb)
        wall = time.monotonic() - t0
        after = sizes(work)
        if stage == "merge":
            after.update(sizes(out))
        written = sum(v for k, v in after.items() if before.get(k) != v)
        by_dir = {}
        for k, v in after.items():
            if before.get(k) != v:
                d = os.path.relpath(k, work).split(os.sep)[0] if k.startswith(work) else "OUTDIR"
                by_dir[d] = by_dir.get(d, 0) + v
        cpu = sum(max(0.0, c - base_cpu) for c, _ in res)
        if stage == "components":
            with open(os.path.join(work, "components.txt")) as f:
                comp = dict((k, int(v)) for k, v in (line.split() for line in f))
            cluster_parts = comp["cluster_partitions"]
            report["components"] = comp
        report["stages"].append({"stage": stage, "tasks": len(cmds), "cpu_s": round(cpu, 3),
                                 "cpu_us_per_record": round(cpu / n * 1e6, 3), "wall_s": round(wall, 2),
                                 "bytes_written": written, "bytes_per_record": round(written / n, 1),
                                 "bytes_per_record_by_dir": {d: round(v / n, 1) for d, v in by_dir.items()},
                                 "peak_task_rss_mb": round(max(r for _, r in res) / 1024, 1)})
        print(f"{stage:10s} tasks {len(cmds):3d}  cpu {cpu:8.2f} s ({cpu / n * 1e6:6.2f} us/rec)  "
              f"written {written / n:7.1f} B/rec  peak task {max(r for _, r in res) / 1024:7.1f} MB", flush=True)
    total = sum(s["cpu_s"] for s in report["stages"])
    report["total_cpu_s"] = round(total, 2)
    # Shuffled: rows one task writes for tasks of other shards or partitions (keys -> edges, edges ->
    # components, records routed -> cluster, output parts -> merge).
    report["shuffled_bytes_per_record"] = round(sum(v for s in report["stages"]
                                                    for d, v in s["bytes_per_record_by_dir"].items()
                                                    if d in ("keys", "edges", "route", "out")), 1)
    print(f"total cpu {total:.2f} s ({total / n * 1e6:.2f} us/rec); shuffled "
          f"{report['shuffled_bytes_per_record']} B/rec; components {report.get('components')}")
    if args.reference:
        ref = os.path.join(args.tmp, "ref.jsonl")
        refc = os.path.join(args.tmp, "ref.clusters.jsonl")
        t0 = time.monotonic()
        (cpu, rss), = run_tasks([[os.path.join(args.bin, "qbank"), "dedup", "-q", "--threads", "1", inp, "-o", ref,
                                  "--clusters", refc]], 1, 0)
        same = (subprocess.run(["cmp", "-s", ref, records_out]).returncode == 0 and
                subprocess.run(["cmp", "-s", refc, clusters_out]).returncode == 0)
        report["reference"] = {"cpu_s": round(cpu, 2), "cpu_us_per_record": round(cpu / n * 1e6, 2),
                               "peak_rss_mb": round(rss / 1024, 1), "identical": same}
        print(f"qbank dedup --threads 1: cpu {cpu:.2f} s ({cpu / n * 1e6:.2f} us/rec), peak {rss / 1024:.0f} MB; "
              f"identical output: {same}")
        os.remove(ref)
        os.remove(refc)
    print("JSON " + json.dumps(report))
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    if not args.keep_input:
        os.remove(inp)


if __name__ == "__main__":
    main()
