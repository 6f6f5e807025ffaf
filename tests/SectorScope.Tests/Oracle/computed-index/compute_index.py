"""The computed sector index, independently of SectorScope: pandas on the real closes of closes.csv.

Run with Debian's pandas from the repository root (or anywhere; paths are relative to this file):
    /usr/bin/python3 tests/SectorScope.Tests/Oracle/computed-index/compute_index.py
Writes expected_equal.csv and expected_market_cap.csv (date,level), monthly.csv (weights,period,return_pct) and
stock_returns_2000-11.csv (code,return_pct,excess_pct against the market-cap index). Numbers as %.17g.

Definition (README.md "Settings", headline_index computed): the calendar is every date with a close of any member;
a member's close is carried forward only between its first and its last close; its return on a day is its
(carried) close over the previous calendar day's, minus 1, and exists only when both exist; the day's index return
is the mean of the members' returns weighted by 1 (equal) or by shares_mn x the previous close (market_cap); a day
without any member return leaves the index unchanged; base 1000 on the first calendar date.
"""
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = 1000.0

closes = pd.read_csv(os.path.join(HERE, "closes.csv"), parse_dates=["date"])
members = pd.read_csv(os.path.join(HERE, "members.csv")).set_index("ticker")
wide = closes.pivot(index="date", columns="ticker", values="close").sort_index()
inside = wide.ffill().where(wide.bfill().notna())
previous = inside.shift(1)
returns = inside / previous - 1


def index(weights):
    w = weights.where(returns.notna())
    daily = ((w * returns).sum(axis=1) / w.sum(axis=1)).fillna(0.0)
    return BASE * (1 + daily).cumprod()


levels = {
    "equal": index(returns.notna().astype(float)),
    "market_cap": index(previous.mul(members["shares_mn"], axis=1)),
}


def g(x):
    return "%.17g" % x


for name, series in levels.items():
    with open(os.path.join(HERE, f"expected_{name}.csv"), "w", newline="\n") as f:
        f.write("date,level\n")
        for d, v in series.items():
            f.write(f"{d:%Y-%m-%d},{g(v)}\n")

# Month returns: the last calendar date on or before each month end (the members are the market's only instruments).
month_last = wide.index.to_series().groupby(wide.index.to_period("M")).max()
with open(os.path.join(HERE, "monthly.csv"), "w", newline="\n") as f:
    f.write("weights,period,return_pct\n")
    for name, series in levels.items():
        ends = series.loc[month_last.values].values
        for period, v0, v1 in zip(month_last.index[1:], ends[:-1], ends[1:]):
            f.write(f"{name},{period},{g((v1 / v0 - 1) * 100)}\n")

start, end = month_last[pd.Period("2000-10")], month_last[pd.Period("2000-11")]
index_return = (levels["market_cap"][end] / levels["market_cap"][start] - 1) * 100
with open(os.path.join(HERE, "stock_returns_2000-11.csv"), "w", newline="\n") as f:
    f.write("code,return_pct,excess_pct\n")
    for t in sorted(wide.columns):
        c0, c1 = wide.at[start, t], wide.at[end, t]
        if pd.notna(c0) and pd.notna(c1):
            r = (c1 / c0 - 1) * 100
            f.write(f"{t}.US,{g(r)},{g(r - index_return)}\n")
print("index 2000-11 market_cap return %", g(index_return))
