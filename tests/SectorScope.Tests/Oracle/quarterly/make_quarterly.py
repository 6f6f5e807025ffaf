"""Quarterly industry series: a slice of real data and its YoY / QoQ computed by pandas.

series.csv is cut from gretl's `swisspharma` data set (Debian package gretl-data,
/usr/share/gretl/data/misc/swisspharma.gdt: quarterly Swiss pharmaceutical exports and imports,
millions of CHF, 1975Q1-2011Q2, from the R package tempdisagg by Christoph Sax). Rows are dated on
the quarter's last day. One imports quarter (2009Q3) is left out on purpose, so the quarter after it
has no QoQ and the same quarter a year later no YoY.

    /usr/bin/python3 tests/SectorScope.Tests/Oracle/quarterly/make_quarterly.py [--from-gdt PATH]

With --from-gdt the slice is cut again from the gretl file; without it only expected.csv is
recomputed from the committed series.csv. Debian's /usr/bin/python3 (pandas 1.5.3).
"""
import gzip
import re
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
FIRST, LAST = pd.Period("2004Q1", "Q"), pd.Period("2011Q2", "Q")
LEFT_OUT = {("瑞士医药进口", pd.Period("2009Q3", "Q"))}
NAMES = {"exportsq": ("瑞士医药出口", "百万瑞郎"), "importsq": ("瑞士医药进口", "百万瑞郎")}


def cut(gdt: Path) -> None:
    xml = gzip.open(gdt, "rt", encoding="utf-8").read()
    variables = re.findall(r'<variable name="(\w+)"', xml)
    start = re.search(r'startobs="(\d{4}):(\d)"', xml)
    first = pd.Period(f"{start.group(1)}Q{start.group(2)}", "Q")
    obs = [o.split() for o in re.findall(r"<obs>([^<]*)</obs>", xml)]
    rows = []
    for name, (series, unit) in NAMES.items():
        col = variables.index(name)
        for i, values in enumerate(obs):
            q = first + i
            if FIRST <= q <= LAST and (series, q) not in LEFT_OUT:
                rows.append({"date": q.end_time.date().isoformat(), "series": series, "value": values[col], "unit": unit})
    pd.DataFrame(rows).to_csv(HERE / "series.csv", index=False)


def expected() -> None:
    s = pd.read_csv(HERE / "series.csv", parse_dates=["date"], dtype={"value": float})
    out = []
    for series, g in s.groupby("series", sort=True):
        g = g.set_index(g["date"].dt.to_period("Q")).sort_index()
        full = g["value"].reindex(pd.period_range(g.index.min(), g.index.max(), freq="Q"))
        yoy = (full / full.shift(4) - 1) * 100
        qoq = (full / full.shift(1) - 1) * 100
        out.append(pd.DataFrame({"series": series, "date": g["date"].dt.strftime("%Y-%m-%d"), "value": g["value"],
                                 "yoy_pct": yoy.reindex(g.index), "mom_pct": qoq.reindex(g.index)}))
    pd.concat(out).to_csv(HERE / "expected.csv", index=False, float_format="%.17g")


if __name__ == "__main__":
    if "--from-gdt" in sys.argv:
        cut(Path(sys.argv[sys.argv.index("--from-gdt") + 1]))
    expected()
