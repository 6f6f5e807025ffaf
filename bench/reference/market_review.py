#!/usr/bin/python3
"""Market review of a SectorScope workspace in pandas: the independent reference for bench/compare.sh.

Reads the same CSV files as SectorScope and computes, vectorised over the whole history: month-end
closes on each market's own trading days, period returns for every month, excess return against the
market's benchmark (pct), rank within market (ties share the better rank), top/bottom N, and the
PE-TTM percentile (inc = #below / (n - 1)) of every index from inception to the as-of date.

  market_review.py WORKSPACE --period 2024-11 --as-of 2024-12-02 --out DIR [--write-pickle FILE]
  market_review.py WORKSPACE --period 2024-11 --as-of 2024-12-02 --out DIR --from-pickle FILE

--from-pickle loads the parsed frames written by --write-pickle instead of the CSVs (the warm case).
"""
import argparse
import glob
import os
import pickle

import pandas as pd
from pandas.api.types import union_categoricals


def read_workspace(root):
    securities = pd.read_csv(os.path.join(root, "securities.csv"), dtype=str, keep_default_na=False)
    indices = pd.read_csv(os.path.join(root, "indices.csv"), dtype=str, keep_default_na=False)
    frames = [pd.read_csv(f, usecols=["date", "code", "close"], dtype={"date": str, "code": "category", "close": "float64"})
              for f in sorted(glob.glob(os.path.join(root, "prices", "*.csv")))]
    codes = union_categoricals([f["code"] for f in frames])
    prices = pd.DataFrame({
        "date": pd.to_datetime(pd.concat([f["date"] for f in frames], ignore_index=True), format="%Y-%m-%d"),
        "code": pd.Categorical(codes, categories=codes.categories),
        "close": pd.concat([f["close"] for f in frames], ignore_index=True),
    })
    del frames
    prices = prices.drop_duplicates(["date", "code"])
    valuations = pd.read_csv(os.path.join(root, "valuations.csv"), dtype={"code": str, "pe_ttm": "float64"})
    valuations["date"] = pd.to_datetime(valuations["date"], format="%Y-%m-%d")
    return {"securities": securities, "indices": indices, "prices": prices, "valuations": valuations}


def settings(root):
    """The few settings the market review needs, read from sectorscope.yaml without a YAML library."""
    benchmarks, valuation_index = {}, None
    in_markets = False
    for raw in open(os.path.join(root, "sectorscope.yaml"), encoding="utf-8-sig"):
        line = raw.rstrip("\n")
        if line.startswith("markets:"):
            in_markets = True
            continue
        if in_markets and line.startswith("  ") and "benchmark:" in line:
            market = line.strip().split(":")[0]
            benchmarks[market] = line.split("benchmark:")[1].strip(" }")
            continue
        in_markets = False
        if line.startswith("valuation:") and "index:" in line:
            valuation_index = line.split("index:")[1].split(",")[0].strip(" }")
    return benchmarks, valuation_index


def market_review(data, benchmarks, top_n):
    universe = pd.concat([data["securities"][["code", "market"]], data["indices"][["code", "market"]]], ignore_index=True)
    market_of = universe.set_index("code")["market"]
    prices = data["prices"]
    market = prices["code"].map(market_of).astype("category")
    month = prices["date"].dt.to_period("M")
    # A market's month end is its last date with any close in that month.
    ends = pd.DataFrame({"market": market, "month": month, "date": prices["date"]}).groupby(["market", "month"], observed=True)["date"].max()
    is_end = pd.MultiIndex.from_arrays([market, prices["date"].dt.to_period("M")]).isin(ends.index) & \
        (prices["date"].values == ends.reindex(pd.MultiIndex.from_arrays([market, month])).values)
    at_end = pd.DataFrame({"code": prices["code"][is_end].astype(str).values, "month": month[is_end].values,
                           "close": prices["close"][is_end].values})
    wide = at_end.pivot(index="code", columns="month", values="close").sort_index(axis=1)
    # Months are consecutive columns; a missing close at either end leaves NaN (excluded, never zero).
    returns = (wide / wide.shift(1, axis=1) - 1.0) * 100.0
    returns = returns.iloc[:, 1:]
    long = returns.stack().rename("return_pct").reset_index()
    long["market"] = long["code"].map(market_of)
    bench = long[long["code"].isin(benchmarks.values())].set_index(["code", "month"])["return_pct"]
    stocks = long[long["code"].isin(set(data["securities"]["code"]))].copy()
    stocks["benchmark"] = stocks["market"].map(benchmarks)
    stocks["benchmark_return_pct"] = bench.reindex(pd.MultiIndex.from_arrays([stocks["benchmark"], stocks["month"]])).values
    stocks = stocks.dropna(subset=["benchmark_return_pct"])
    stocks["excess_pct"] = stocks["return_pct"] - stocks["benchmark_return_pct"]
    stocks["rank_in_market"] = stocks.groupby(["market", "month"])["return_pct"].rank(ascending=False, method="min").astype(int)
    indices = long[long["code"].isin(set(data["indices"]["code"]))]
    ordered = stocks.sort_values(["month", "market", "rank_in_market", "code"])
    top = ordered.groupby(["month", "market"]).head(top_n)
    bottom = stocks.sort_values(["month", "market", "return_pct", "code"]).groupby(["month", "market"]).head(top_n)
    return stocks, indices, top, bottom


def valuation_percentiles(data, as_of):
    """PE-TTM percentile (inc) of every index from its inception to the as-of date."""
    v = data["valuations"].merge(data["indices"][["code", "inception"]], on="code")
    v = v[(v["date"] >= pd.to_datetime(v["inception"])) & (v["date"] <= pd.Timestamp(as_of))].sort_values(["code", "date"])
    current = v.groupby("code")["pe_ttm"].transform("last")
    v = v.assign(below=(v["pe_ttm"] < current).astype(int))
    out = v.groupby("code").agg(pe_ttm=("pe_ttm", "last"), below=("below", "sum"), n_obs=("pe_ttm", "size")).reset_index()
    out["percentile_pct"] = 100.0 * out["below"] / (out["n_obs"] - 1)
    return out[["code", "pe_ttm", "percentile_pct", "n_obs"]]


def arguments():
    """The command line both references share: the workspace, the report's period and as-of date, where to write."""
    ap = argparse.ArgumentParser()
    ap.add_argument("workspace")
    ap.add_argument("--period", required=True)
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--write-pickle")
    ap.add_argument("--from-pickle")
    return ap


def main():
    ap = arguments()
    ap.add_argument("--top-n", type=int, default=10)
    a = ap.parse_args()
    if a.from_pickle:
        with open(a.from_pickle, "rb") as f:
            data = pickle.load(f)
    else:
        data = read_workspace(a.workspace)
        if a.write_pickle:
            with open(a.write_pickle, "wb") as f:
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
    benchmarks, _ = settings(a.workspace)
    stocks, indices, top, bottom = market_review(data, benchmarks, a.top_n)
    os.makedirs(a.out, exist_ok=True)
    period = pd.Period(a.period, "M")
    cols = ["code", "market", "return_pct", "benchmark", "benchmark_return_pct", "excess_pct", "rank_in_market"]
    stocks[stocks["month"] == period][cols].sort_values(["market", "rank_in_market", "code"]).to_csv(os.path.join(a.out, "stock_returns.csv"), index=False, float_format="%.17g")
    idx = indices.assign(period=indices["month"].astype(str))[["code", "period", "return_pct"]]
    idx.to_csv(os.path.join(a.out, "index_returns.csv"), index=False, float_format="%.17g")
    top[top["month"] == period][cols].to_csv(os.path.join(a.out, "top.csv"), index=False, float_format="%.17g")
    bottom[bottom["month"] == period][cols].to_csv(os.path.join(a.out, "bottom.csv"), index=False, float_format="%.17g")
    valuation_percentiles(data, a.as_of).to_csv(os.path.join(a.out, "valuation.csv"), index=False, float_format="%.17g")
    print(f"{len(data['prices'])} price rows; {stocks['month'].nunique()} months; {len(stocks[stocks['month'] == period])} returns in {a.period}")


if __name__ == "__main__":
    main()
