#!/usr/bin/env python3
"""Prints JMH SampleTime results (benchmarks/target/jmh.json) as Markdown tables, one per benchmark.

    python3 benchmarks/jmh-table.py [benchmarks/target/jmh.json]
"""
import json
import sys
from collections import OrderedDict


def fmt(value):
    return f"{value:,.1f}" if value >= 100 else f"{value:.3g}"


def main(path):
    with open(path) as f:
        results = json.load(f)
    tables = OrderedDict()
    for r in results:
        name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
        tables.setdefault(name, []).append(r)
    for name, rows in tables.items():
        unit = rows[0]["primaryMetric"]["scoreUnit"]
        params = list((rows[0].get("params") or {}).keys())
        print(f"### {name}\n")
        print("| " + " | ".join(params + [f"mean ({unit})", f"median ({unit})", f"p99 ({unit})", "samples"]) + " |")
        print("|" + "---|" * (len(params) + 4))
        for r in rows:
            m = r["primaryMetric"]
            p = m.get("scorePercentiles", {})
            samples = sum(int(c) for fork in m.get("rawDataHistogram", []) for iteration in fork
                          for _, c in iteration)
            cells = [str(r["params"][k]) for k in params]
            cells += [fmt(m["score"]), fmt(p.get("50.0", float("nan"))), fmt(p.get("99.0", float("nan"))),
                      str(samples)]
            print("| " + " | ".join(cells) + " |")
        print()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/jmh.json")
