#!/usr/bin/python3
"""Asserts that SectorScope's tables and the pandas reference agree to 1e-9.

  compare_numbers.py SECTORSCOPE_TABLES_DIR REFERENCE_OUT_DIR

stock_returns.csv: the same codes in the report period, equal return, benchmark return, excess and rank;
index_returns.csv: every (code, period) SectorScope reports; valuation.csv: PE-TTM, percentile, n_obs.
"""
import csv
import sys

TOLERANCE = 1e-9


def rows(path, key):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {tuple(r[k] for k in key): r for r in csv.DictReader(f)}


def close(a, b):
    if a == "" or b == "":
        return a == b
    return abs(float(a) - float(b)) <= TOLERANCE


def main():
    ours, ref = sys.argv[1], sys.argv[2]
    problems = []
    s, r = rows(f"{ours}/stock_returns.csv", ["code"]), rows(f"{ref}/stock_returns.csv", ["code"])
    if set(s) != set(r):
        problems.append(f"stock_returns: {len(set(s) - set(r))} codes only in SectorScope, {len(set(r) - set(s))} only in the reference")
    for k in set(s) & set(r):
        for col in ["return_pct", "benchmark_return_pct", "excess_pct"]:
            if not close(s[k][col], r[k][col]):
                problems.append(f"stock_returns {k[0]} {col}: {s[k][col]} vs {r[k][col]}")
        if int(s[k]["rank_in_market"]) != int(r[k]["rank_in_market"]):
            problems.append(f"stock_returns {k[0]} rank: {s[k]['rank_in_market']} vs {r[k]['rank_in_market']}")
    si, ri = rows(f"{ours}/index_returns.csv", ["code", "period"]), rows(f"{ref}/index_returns.csv", ["code", "period"])
    for k in si:
        if k not in ri or not close(si[k]["return_pct"], ri[k]["return_pct"]):
            problems.append(f"index_returns {k}: {si[k]['return_pct']} vs {ri.get(k, {}).get('return_pct')}")
    sv, rv = rows(f"{ours}/valuation.csv", ["code"]), rows(f"{ref}/valuation.csv", ["code"])
    for k in sv:
        if k not in rv or not all(close(sv[k][c], rv[k][c]) for c in ["pe_ttm", "percentile_pct", "n_obs"]):
            problems.append(f"valuation {k}: {sv[k]} vs {rv.get(k)}")
    if not s or not si or not sv:
        problems.append("SectorScope wrote an empty table")
    for p in problems[:20]:
        print("MISMATCH", p)
    if problems:
        print(f"{len(problems)} mismatches")
        sys.exit(1)
    print(f"same numbers (1e-9): {len(s)} stock returns, {len(si)} index returns, {len(sv)} valuation rows")


if __name__ == "__main__":
    main()
