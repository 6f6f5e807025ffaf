#!/usr/bin/python3
"""Independent oracle for returns over spans of months (年初至今, 近一年, a quarter, a run of months).

Reads the pandas-oracle workspace (tests/SectorScope.Tests/Oracle/workspace, generated from a fixed numpy
seed by make_oracle.py, tuned to nothing) and computes, with pandas only, for report periods 2022-06 and
2022-12: every instrument's compounded return over each span, each security's excess over its market's
benchmark, and its competition rank within its market (method='min', best first).

Definition (docs/PRODUCT.md, "Period return", extended to several months): a market's month end is its last
date with any close in that month; a span's return is the close on the month end of its last month divided by
the close on the month end of the month before its first month, minus 1; missing either -> no return.

Run with Debian's Python (which has python3-pandas):

    /usr/bin/python3 tests/SectorScope.Tests/Reporting/FactCheck/Oracle/span_returns.py

It rewrites span_returns.csv beside this script; running it twice gives identical bytes.
"""

from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
WS = HERE.parents[2] / "Oracle" / "workspace"
FULL = "%.17g"


def read_csv(path):
    return pd.read_csv(path, float_precision="round_trip", encoding="utf-8-sig", keep_default_na=False, na_values=[""])


def spans(period):
    p = pd.Period(period, "M")
    y = p.year
    out = {
        "month": (p, p),
        "previous": (p - 1, p - 1),
        "ytd": (pd.Period(f"{y}-01", "M"), p),
        "t12": (p - 11, p),
        "q1": (pd.Period(f"{y}-01", "M"), pd.Period(f"{y}-03", "M")),
        "q2": (pd.Period(f"{y}-04", "M"), pd.Period(f"{y}-06", "M")),
        "q3_last_year": (pd.Period(f"{y - 1}-07", "M"), pd.Period(f"{y - 1}-09", "M")),
        "run": (p - 4, p - 2),
        "last_year": (pd.Period(f"{y - 1}-01", "M"), pd.Period(f"{y - 1}-12", "M")),
    }
    return out


def main():
    sec = read_csv(WS / "securities.csv")
    idx = read_csv(WS / "indices.csv")
    markets = pd.concat([sec[["code", "market"]], idx[["code", "market"]]])
    prices = pd.concat([read_csv(f) for f in sorted((WS / "prices").glob("*.csv"))])
    prices["date"] = pd.to_datetime(prices["date"])
    prices = prices.merge(markets, on="code")
    prices["month"] = prices["date"].dt.to_period("M")
    ends = prices.groupby(["market", "month"])["date"].max()
    close = {(c, d): v for c, d, v in prices[["code", "date", "close"]].itertuples(index=False)}
    bench = {"HK": "HKIDX", "US": "USCOMP"}

    rows = []
    for period in ["2022-06", "2022-12"]:
        for name, (first, last) in spans(period).items():
            ret = {}
            for code, market in markets.itertuples(index=False):
                start_day = ends.get((market, first - 1))
                end_day = ends.get((market, last))
                r = None
                if start_day is not None and end_day is not None and (code, start_day) in close and (code, end_day) in close:
                    r = (close[(code, end_day)] / close[(code, start_day)] - 1.0) * 100.0
                ret[code] = (market, r)
            frame = pd.DataFrame([(c, m, r) for c, (m, r) in ret.items()], columns=["code", "market", "ret"])
            stocks = frame[frame["code"].isin(sec["code"])].copy()
            stocks["rank"] = stocks.dropna(subset=["ret"]).groupby("market")["ret"].rank(ascending=False, method="min")
            for code, market, r in frame.itertuples(index=False):
                r = None if pd.isna(r) else r
                is_stock = code in set(sec["code"])
                b = ret[bench[market]][1]
                excess = r - b if is_stock and r is not None and b is not None else None
                rank = stocks.set_index("code")["rank"].get(code) if is_stock else None
                rows.append({
                    "period": period, "span": name, "first": str(first), "last": str(last), "code": code,
                    "return_pct": "" if r is None else FULL % r,
                    "excess_pct": "" if excess is None else FULL % excess,
                    "rank": "" if rank is None or pd.isna(rank) else str(int(rank)),
                })
    pd.DataFrame(rows).to_csv(HERE / "span_returns.csv", index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
