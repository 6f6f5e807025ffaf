#!/usr/bin/python3
"""Expected values for the real-data sample workspaces, computed by pandas from their files.

Run with Debian's Python (python3-pandas 1.5.3), from anywhere:

    /usr/bin/python3 tests/SectorScope.Tests/RealData/make_expected.py

For each workspace below it reads samples/<workspace>/ (prices, securities, indices) and writes
expected/<workspace>/stock_returns.csv and index_returns.csv, following docs' "Definitions":

- a market's trading days are the dates on which any of its instruments has a close;
- period return = close on the market's last trading day <= month end / close on its last trading
  day <= the previous month end - 1, in percent; a code without a close on either day has none;
- excess_pct = stock return - the market benchmark's return (both unrounded);
- rank_in_market = rank by return, highest first, ties take the better rank (method "min");
- index returns for the twelve months ending with the report period, every index of indices.csv;
- a computed sector index, where a workspace has one: equal weights, chain-linked daily over the dates on
  which any member has a close, I_t = I_p * (1 + mean of the members' returns P(t)/P(p) - 1); a member takes
  part from the day after its first close to its last close, a day without its close between them repeats
  its last close. Its period returns are computed from its levels like any index's.

Nothing here is read from SectorScope's code or output. Two runs give byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[2] / "samples"
FULL = "%.17g"

# workspace -> (report period, {market: benchmark}, computed index or None); stated here, not read from the settings
WORKSPACES = {
    "swiss-healthcare-2008-08": ("2008-08", {"CH": "SPI"}, None),
    "us-smallcap-2001-12": ("2001-12", {"US": "MARKET"}, None),
    "us-industrials-2000-12": ("2000-12", {"US": "DJI"},
                               {"code": "USIND", "name": "美股工业指数（自编）", "market": "US",
                                "sub_sectors": ["航空航天", "机械", "综合工业"]}),
}


def read_csv(path: Path, **kw) -> pd.DataFrame:
    return pd.read_csv(path, float_precision="round_trip", encoding="utf-8-sig",
                       keep_default_na=False, na_values=[""], **kw)


def computed_index(px: pd.DataFrame, members: list[str]) -> pd.Series:
    """Equal-weighted, chain-linked daily index (base 1) of the members' closes."""
    wide = px[px["code"].isin(members)].pivot(index="date", columns="code", values="close").sort_index()
    alive = wide.ffill().notna() & wide.bfill().notna()        # from the first close to the last close
    held = wide.ffill().where(alive)
    returns = (held / held.shift(1) - 1).where(alive & alive.shift(1, fill_value=False))
    return (1 + returns.mean(axis=1).fillna(0)).cumprod()


def expected(ws: Path, period: pd.Period, benchmarks: dict[str, str], computed: dict | None):
    sec = read_csv(ws / "securities.csv", dtype=str)
    idx = read_csv(ws / "indices.csv", dtype=str)
    px = pd.concat([read_csv(p, parse_dates=["date"], dtype={"code": str})
                    for p in sorted((ws / "prices").glob("*.csv"))], ignore_index=True)
    market_of = pd.concat([sec.set_index("code")["market"], idx.set_index("code")["market"]])
    px["market"] = px["code"].map(market_of)
    assert px["market"].notna().all()
    if computed is not None:
        members = sec.loc[sec["sub_sector"].isin(computed["sub_sectors"]), "code"].tolist()
        level = computed_index(px, members)
        px = pd.concat([px, pd.DataFrame({"date": level.index, "code": computed["code"], "close": level.to_numpy(),
                                          "market": computed["market"]})], ignore_index=True)
        idx = pd.concat([pd.DataFrame([{"code": computed["code"], "name": computed["name"],
                                        "market": computed["market"]}]), idx], ignore_index=True)

    months = pd.period_range(period - 12, period, freq="M")
    ends = (px.assign(p=px["date"].dt.to_period("M")).groupby(["market", "p"])["date"].max()
            .unstack("market").reindex(months).ffill())
    wide = px.pivot(index="date", columns="code", values="close")

    def ret(market: str, p: pd.Period) -> pd.Series:
        return (wide.loc[ends.at[p, market]] / wide.loc[ends.at[p - 1, market]] - 1) * 100

    rows = []
    for market, bench in benchmarks.items():
        r = ret(market, period)
        for _, s in sec[sec["market"] == market].iterrows():
            value = r.get(s["code"])
            if pd.isna(value):
                continue
            rows.append({"code": s["code"], "name": s["name"], "market": market, "sub_sector": s["sub_sector"],
                         "return_pct": value, "benchmark": bench, "benchmark_return_pct": r[bench],
                         "excess_pct": value - r[bench]})
    columns = ["code", "name", "market", "sub_sector", "return_pct", "benchmark", "benchmark_return_pct",
               "excess_pct", "rank_in_market"]
    stocks = pd.DataFrame(rows, columns=columns[:-1])
    stocks["rank_in_market"] = (stocks.groupby("market")["return_pct"]
                                .rank(method="min", ascending=False).astype("Int64"))
    stocks = stocks.sort_values(["market", "rank_in_market", "code"], kind="mergesort")

    irows = []
    for _, i in idx.iterrows():
        for p in months[1:]:
            value = ret(i["market"], p).get(i["code"])
            if not pd.isna(value):
                irows.append({"code": i["code"], "name": i["name"], "period": str(p), "return_pct": value})
    return stocks[columns], pd.DataFrame(irows, columns=["code", "name", "period", "return_pct"])


def main() -> None:
    for name, (period, benchmarks, computed) in WORKSPACES.items():
        stocks, indices = expected(SAMPLES / name, pd.Period(period, "M"), benchmarks, computed)
        out = HERE / "expected" / name
        out.mkdir(parents=True, exist_ok=True)
        for frame, file in ((stocks, "stock_returns.csv"), (indices, "index_returns.csv")):
            frame.to_csv(out / file, index=False, float_format=FULL, lineterminator="\n", encoding="utf-8")
        print(f"{name}: {len(stocks)} stock rows, {len(indices)} index rows")


if __name__ == "__main__":
    main()
