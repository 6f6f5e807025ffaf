#!/usr/bin/python3
"""The lean pandas script an analyst would write for one monthly report: the second reference of bench/compare.sh.

Computes only what the report prints, nothing over the whole history: each market's month end (its last
date with any close in the month) for the report month and the month before; the return of every security
between those two closes, excess against the market's benchmark (pct) and rank within market (ties share
the better rank); each index's return for the twelve months the report charts; and the valuation index's
PE-TTM percentile (inc = #below / (n - 1)) from its inception to the as-of date. Rows older than the first
month it needs are dropped as each price file is read.

  market_review_lean.py WORKSPACE --period 2024-11 --as-of 2024-12-02 --out DIR [--write-pickle FILE]
  market_review_lean.py WORKSPACE --period 2024-11 --as-of 2024-12-02 --out DIR --from-pickle FILE

--from-pickle loads the parsed price rows written by --write-pickle instead of the CSVs (the warm case).
Its tables have the columns bench/reference/compare_numbers.py reads.
"""
import glob
import os
import pickle

import pandas as pd

from market_review import arguments, settings

HISTORY_MONTHS = 12


def read_prices(root, since):
    frames = []
    for f in sorted(glob.glob(os.path.join(root, "prices", "*.csv"))):
        frame = pd.read_csv(f, usecols=["date", "code", "close"], dtype={"date": str, "code": str, "close": "float64"})
        frames.append(frame[frame["date"] >= since])
    return pd.concat(frames, ignore_index=True).drop_duplicates(["date", "code"])


def month_end_closes(prices, market_of, months):
    """Close of every code on its market's last trading day of each month (NaN where it has none that day)."""
    rows = prices.assign(month=prices["date"].str.slice(0, 7), market=prices["code"].map(market_of))
    rows = rows[rows["month"].isin(months)]
    ends = rows.groupby(["market", "month"])["date"].max().rename("end").reset_index()
    at_end = rows.merge(ends, on=["market", "month"])
    at_end = at_end[at_end["date"] == at_end["end"]]
    return at_end.pivot(index="code", columns="month", values="close").reindex(columns=months)


def main():
    a = arguments().parse_args()
    period = pd.Period(a.period, "M")
    months = [str(period - i) for i in range(HISTORY_MONTHS, -1, -1)]
    securities = pd.read_csv(os.path.join(a.workspace, "securities.csv"), dtype=str, keep_default_na=False)
    indices = pd.read_csv(os.path.join(a.workspace, "indices.csv"), dtype=str, keep_default_na=False)
    if a.from_pickle:
        with open(a.from_pickle, "rb") as f:
            prices = pickle.load(f)
    else:
        prices = read_prices(a.workspace, months[0] + "-01")
        if a.write_pickle:
            with open(a.write_pickle, "wb") as f:
                pickle.dump(prices, f, protocol=pickle.HIGHEST_PROTOCOL)
    benchmarks, valuation_index = settings(a.workspace)
    market_of = pd.concat([securities[["code", "market"]], indices[["code", "market"]]]).set_index("code")["market"]

    closes = month_end_closes(prices, market_of, months)
    returns = (closes / closes.shift(1, axis=1) - 1.0) * 100.0
    now = months[-1]

    index_rows = returns.loc[returns.index.isin(indices["code"]), months[1:]].stack().rename("return_pct").reset_index()
    index_rows.columns = ["code", "period", "return_pct"]

    stocks = pd.DataFrame({"return_pct": returns.loc[returns.index.isin(securities["code"]), now]}).dropna().reset_index()
    stocks["market"] = stocks["code"].map(market_of)
    stocks["benchmark"] = stocks["market"].map(benchmarks)
    stocks["benchmark_return_pct"] = stocks["benchmark"].map(returns[now])
    stocks = stocks.dropna(subset=["benchmark_return_pct"])
    stocks["excess_pct"] = stocks["return_pct"] - stocks["benchmark_return_pct"]
    stocks["rank_in_market"] = stocks.groupby("market")["return_pct"].rank(ascending=False, method="min").astype(int)

    v = pd.read_csv(os.path.join(a.workspace, "valuations.csv"), dtype={"date": str, "code": str, "pe_ttm": "float64"})
    inception = indices.set_index("code").loc[valuation_index, "inception"]
    v = v[(v["code"] == valuation_index) & (v["date"] >= inception) & (v["date"] <= a.as_of)].sort_values("date")
    current = v["pe_ttm"].iloc[-1]
    valuation = pd.DataFrame([{"code": valuation_index, "pe_ttm": current,
                               "percentile_pct": 100.0 * (v["pe_ttm"] < current).sum() / (len(v) - 1), "n_obs": len(v)}])

    os.makedirs(a.out, exist_ok=True)
    cols = ["code", "market", "return_pct", "benchmark", "benchmark_return_pct", "excess_pct", "rank_in_market"]
    stocks[cols].sort_values(["market", "rank_in_market", "code"]).to_csv(os.path.join(a.out, "stock_returns.csv"), index=False, float_format="%.17g")
    index_rows.to_csv(os.path.join(a.out, "index_returns.csv"), index=False, float_format="%.17g")
    valuation.to_csv(os.path.join(a.out, "valuation.csv"), index=False, float_format="%.17g")
    print(f"{len(prices)} price rows since {months[0]}; {len(stocks)} returns in {a.period}")


if __name__ == "__main__":
    main()
