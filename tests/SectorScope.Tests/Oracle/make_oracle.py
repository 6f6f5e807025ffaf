#!/usr/bin/python3
"""Independent oracle for SectorScope's analytics.

Step 1 generates a fixture workspace from a fixed numpy seed (not tuned to any
implementation).  Step 2 re-reads that workspace from disk with pandas and
computes the expected tables following docs/PRODUCT.md "Definitions".

Run with Debian's Python (which has python3-pandas):

    /usr/bin/python3 tests/SectorScope.Tests/Oracle/make_oracle.py

It rewrites tests/SectorScope.Tests/Oracle/workspace/ and .../expected/
completely; running it twice gives byte-identical files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
WS = HERE / "workspace"
EXP = HERE / "expected"

SEED = 7
DATA_START = pd.Timestamp("2021-01-04")
DATA_END = pd.Timestamp("2022-12-30")
FIRST_PERIOD = pd.Period("2021-02", "M")
LAST_PERIOD = pd.Period("2022-12", "M")
AS_OF = pd.Timestamp("2022-07-05")
VALUATION_AS_OFS = [pd.Timestamp("2022-07-05"), pd.Timestamp("2021-12-31")]

FULL = "%.17g"  # repr precision: every double round-trips


# ---------------------------------------------------------------------------
# small I/O helpers
# ---------------------------------------------------------------------------
def write_csv(df: pd.DataFrame, path: Path, float_format: str | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(path, index=False, float_format=float_format, lineterminator="\n",
              encoding="utf-8", date_format="%Y-%m-%d")


def read_csv(path: Path, **kw) -> pd.DataFrame:
    # round_trip: parse decimals exactly like strtod / .NET double.Parse
    # (pandas' default "high" parser is not always correctly rounded).
    return pd.read_csv(path, float_precision="round_trip", encoding="utf-8-sig",
                       keep_default_na=False, na_values=[""], **kw)


# ---------------------------------------------------------------------------
# 1. generate the workspace
# ---------------------------------------------------------------------------
SECURITIES = [
    # code,     name,     market, currency, sub_sector, name_en
    ("0001.HK", "甲公司", "HK", "HKD", "游戏", "Alpha Holdings"),
    ("0002.HK", "乙公司", "HK", "HKD", "电商", "Beta Group"),
    ("0003.HK", "丙公司", "HK", "HKD", "本地生活", "Gamma Services"),
    ("0004.HK", "丁公司", "HK", "HKD", "金融科技", "Delta Fintech"),
    ("0005.HK", "戊公司", "HK", "HKD", "短视频", "Epsilon Media"),
    ("0006.HK", "己公司", "HK", "HKD", "游戏", "Zeta Games"),          # lists mid-2021
    ("0007.HK", "庚公司", "HK", "HKD", "电商", "Eta Commerce"),
    ("AAA.US", "辛公司", "US", "USD", "电商", "AAA Inc"),
    ("BBB.US", "壬公司", "US", "USD", "游戏", "BBB Corp"),
    ("CCC.US", "癸公司", "US", "USD", "本地生活", "CCC Ltd"),           # suspended around 2022-06-30
    ("DDD.US", "子公司", "US", "USD", "金融科技", "DDD Co"),            # delisted 2022-09
    ("EEE.US", "丑公司", "US", "USD", "短视频", "EEE Platforms"),
]
INDICES = [
    ("HKIDX", "港股测试行业指数", "HK", "HKD", "2021-01-04"),
    ("USIDX", "美股测试行业指数", "US", "USD", "2021-01-04"),
    ("USCOMP", "美股综合指数", "US", "USD", "1971-02-05"),
]
NEW_LISTING = ("0006.HK", pd.Timestamp("2021-07-13"))           # first close on/after
SUSPENSION = ("CCC.US", pd.Timestamp("2022-06-28"), pd.Timestamp("2022-07-06"))  # inclusive
DELISTING = ("DDD.US", pd.Timestamp("2022-09-14"))              # last close on/before
TIE_CANDIDATES = ["0001.HK", "0002.HK", "0003.HK", "0004.HK", "0005.HK", "0007.HK"]
COVERED = ["0001.HK", "0002.HK", "0006.HK", "AAA.US", "CCC.US"]
RATINGS = ["买入", "优于大市", "中性", "弱于大市", "卖出"]


def generate(rng: np.random.Generator) -> dict:
    """Write the workspace; return facts about the planted special cases."""
    facts: dict = {}
    if WS.exists():
        shutil.rmtree(WS)
    (WS / "prices").mkdir(parents=True)

    # --- calendars: weekdays minus market-specific random holidays ---------
    weekdays = pd.bdate_range(DATA_START, DATA_END)
    n_wd = len(weekdays)
    picks = rng.choice(n_wd, size=20, replace=False)
    hk_hol = set(weekdays[np.sort(picks[:10])])
    us_hol = set(weekdays[np.sort(picks[10:])])
    # plus one HK holiday on the last weekday of a random month, so that the
    # HK period end differs from the US one at least once
    last_wd = pd.Series(weekdays, index=weekdays).groupby(weekdays.to_period("M")).max()
    last_wd = last_wd[(last_wd.index >= FIRST_PERIOD) & (last_wd.index <= LAST_PERIOD)]
    forced = pd.Timestamp(last_wd.iloc[int(rng.integers(0, len(last_wd)))])
    hk_hol.add(forced)
    us_hol.discard(forced)
    cal = {
        "HK": weekdays[~weekdays.isin(sorted(hk_hol))],
        "US": weekdays[~weekdays.isin(sorted(us_hol))],
    }
    facts["hk_holidays"] = sorted(hk_hol)
    facts["us_holidays"] = sorted(us_hol)
    facts["hk_forced_month_end_holiday"] = forced

    # --- securities / indices ----------------------------------------------
    shares = np.round(rng.uniform(300, 12000, len(SECURITIES)), 2)
    sec = pd.DataFrame(SECURITIES, columns=["code", "name", "market", "currency", "sub_sector", "name_en"])
    sec["shares_mn"] = shares
    write_csv(sec[["code", "name", "market", "currency", "sub_sector", "name_en", "shares_mn"]],
              WS / "securities.csv", float_format="%.2f")
    idx = pd.DataFrame(INDICES, columns=["code", "name", "market", "currency", "inception"])
    write_csv(idx, WS / "indices.csv")

    # --- random-walk closes --------------------------------------------------
    instruments = [(c, m) for c, _, m, *_ in SECURITIES] + [(c, m) for c, _, m, *_ in INDICES]
    closes: dict[str, pd.Series] = {}
    for code, market in instruments:
        days = cal[market]
        is_index = code in {i[0] for i in INDICES}
        start = rng.uniform(2000, 12000) if is_index else rng.uniform(5, 400)
        vol = 0.012 if is_index else rng.uniform(0.015, 0.035)
        steps = rng.normal(0.0002, vol, len(days))
        steps[0] = 0.0
        path = np.round(start * np.exp(np.cumsum(steps)), 4)
        closes[code] = pd.Series(path, index=days)

    # planted tie: in a random month two HK names get exactly the same return.
    # On both end dates Y = 2**k * X (k >= 0): a power-of-two multiple of a
    # 4-decimal number is again a 4-decimal number, and the ratio Y1/Y0 equals
    # X1/X0 exactly in binary floating point and in decimal arithmetic alike.
    # Y's own path is rescaled smoothly (constant factor before d0 and after d1,
    # geometric interpolation inside the month) so no other month jumps.
    hk_ends = pd.Series(cal["HK"], index=cal["HK"]).groupby(cal["HK"].to_period("M")).max()
    tie_periods = [p for p in hk_ends.index if pd.Period("2021-03", "M") <= p <= pd.Period("2022-05", "M")]
    tie_p = tie_periods[int(rng.integers(0, len(tie_periods)))]
    x, y = rng.choice(TIE_CANDIDATES, size=2, replace=False)
    d0, d1 = hk_ends[tie_p - 1], hk_ends[tie_p]
    if closes[y][d0] < closes[x][d0]:
        x, y = y, x
    k = max(0, int(round(np.log2(closes[y][d0] / closes[x][d0]))))
    t0, t1 = round(2 ** k * closes[x][d0], 4), round(2 ** k * closes[x][d1], 4)
    ys = closes[y]
    i0, i1 = ys.index.get_loc(d0), ys.index.get_loc(d1)
    a, b = t0 / ys.iloc[i0], t1 / ys.iloc[i1]
    pos = np.arange(len(ys))
    frac = np.clip((pos - i0) / (i1 - i0), 0.0, 1.0)
    ys = np.round(ys * a * (b / a) ** frac, 4)
    ys[d0], ys[d1] = t0, t1
    closes[y] = ys
    facts["tie"] = (str(tie_p), x, y, d0, d1)

    # new listing, suspension, delisting
    code, first = NEW_LISTING
    closes[code] = closes[code][closes[code].index >= first]
    facts["new_listing"] = (code, closes[code].index[0])
    code, s0, s1 = SUSPENSION
    s = closes[code]
    facts["suspension"] = (code, list(s.index[(s.index >= s0) & (s.index <= s1)]))
    closes[code] = s[(s.index < s0) | (s.index > s1)]
    code, last = DELISTING
    closes[code] = closes[code][closes[code].index <= last]
    facts["delisting"] = (code, closes[code].index[-1])

    for market in ("HK", "US"):
        rows = []
        for code, m in instruments:
            if m != market:
                continue
            s = closes[code]
            rows.append(pd.DataFrame({"date": s.index, "code": code, "close": s.values}))
        px = pd.concat(rows).sort_values(["date", "code"], kind="mergesort")
        write_csv(px, WS / "prices" / f"{market}.csv", float_format="%.4f")

    # --- valuations: HKIDX pe_ttm on HK days, 2 decimals, with repeats ------
    pre = pd.bdate_range("2020-12-01", "2020-12-31")
    vdays = pre.append(cal["HK"])
    steps = rng.normal(0, 0.25, len(vdays))
    steps[rng.random(len(vdays)) < 0.25] = 0.0        # unchanged days -> repeated values
    level = np.empty(len(vdays))
    level[0] = 22.0
    for i in range(1, len(vdays)):                    # mean-reverting around 22x
        level[i] = level[i - 1] + 0.02 * (22.0 - level[i - 1]) + steps[i]
    pe = np.round(np.clip(level, 8, 60), 1)           # 0.1 grid -> many ties
    val = pd.DataFrame({"date": vdays, "code": "HKIDX", "pe_ttm": pe})
    # a few random HK days without a valuation print
    drop = rng.choice(np.arange(len(pre), len(vdays)), size=4, replace=False)
    # planted: no print on the as-of date itself -> the current value is the previous day's
    drop = np.append(drop, np.flatnonzero(vdays == AS_OF))
    val = val.drop(index=val.index[drop])
    write_csv(val, WS / "valuations.csv", float_format="%.2f")
    facts["valuation_missing_days"] = sorted(pd.DatetimeIndex(vdays[drop]))

    # --- fx: weekdays, 4 decimals, a few gaps --------------------------------
    fxdays = pd.bdate_range("2020-12-01", DATA_END)
    fx_rows = []
    fx_gaps = {}
    for ccy, lvl in (("HKD", 0.86), ("USD", 6.70)):
        r = np.round(lvl * np.exp(np.cumsum(rng.normal(0, 0.002, len(fxdays)))), 4)
        keep = np.ones(len(fxdays), dtype=bool)
        keep[rng.choice(len(fxdays), size=12, replace=False)] = False
        fx_rows.append(pd.DataFrame({"date": fxdays[keep], "from": ccy, "to": "CNY", "rate": r[keep]}))
        fx_gaps[ccy] = list(fxdays[~keep])
    # planted: no HKD rate on the two days up to the as-of date, no USD rate on
    # CCC.US's last close before its suspension
    fx = pd.concat(fx_rows)
    ccc_last = closes["CCC.US"][closes["CCC.US"].index <= AS_OF].index[-1]
    planted = [("HKD", AS_OF), ("HKD", AS_OF - pd.Timedelta(days=1)), ("USD", ccc_last)]
    for ccy, d in planted:
        fx = fx[~((fx["from"] == ccy) & (fx["date"] == d))]
        fx_gaps[ccy] = sorted(set(fx_gaps[ccy]) | {d})
    fx = fx.sort_values(["date", "from"], kind="mergesort")
    write_csv(fx, WS / "fx.csv", float_format="%.4f")
    facts["fx_gaps"] = fx_gaps

    # --- forecasts / coverage -----------------------------------------------
    frows = []
    for code in COVERED:
        c = closes[code]
        price = c[c.index <= AS_OF].iloc[-1]
        rate = 0.86 if code.endswith(".HK") else 6.7
        sh = float(sec.set_index("code").at[code, "shares_mn"])
        pe1 = rng.uniform(8, 45)
        growth = rng.uniform(0.05, 0.35)
        eps22 = price * rate / pe1
        for year, eps in ((2022, eps22), (2023, eps22 * (1 + growth))):
            margin = rng.uniform(0.9, 1.2)               # adj profit vs eps * shares
            frows.append([code, year, round(eps, 2), "CNY", round(eps * sh * margin, 1)])
    fc = pd.DataFrame(frows, columns=["code", "year", "eps", "currency", "adj_net_profit_mn"])
    # planted: a loss year (EPS <= 0) and a missing forecast year
    loss = (fc["code"] == "0006.HK") & (fc["year"] == 2022)
    fc.loc[loss, "eps"] = -round(abs(fc.loc[loss, "eps"].iloc[0]) * 0.3, 2)
    fc.loc[loss, "adj_net_profit_mn"] = -round(abs(fc.loc[loss, "adj_net_profit_mn"].iloc[0]) * 0.3, 1)
    fc = fc[~((fc["code"] == "AAA.US") & (fc["year"] == 2023))]
    fc["eps"] = fc["eps"].map(lambda v: f"{v:.2f}")
    fc["adj_net_profit_mn"] = fc["adj_net_profit_mn"].map(lambda v: f"{v:.1f}")
    write_csv(fc, WS / "forecasts.csv")
    cov = pd.DataFrame({"code": COVERED,
                        "rating": [RATINGS[int(i)] for i in rng.integers(0, 3, len(COVERED))]})
    write_csv(cov, WS / "coverage.csv")

    # --- monthly industry series --------------------------------------------
    months = pd.period_range("2020-01", "2022-12", freq="M")
    srows = []
    facts["series_missing"] = {}
    for name, unit, base, season in (("网络游戏收入", "亿元", 220.0, 0.08),
                                     ("移动互联网接入流量", "亿GB", 180.0, 0.03)):
        t = np.arange(len(months))
        v = base * (1 + 0.012 * t) * (1 + season * np.sin(2 * np.pi * t / 12)) \
            * np.exp(rng.normal(0, 0.03, len(months)))
        keep = np.ones(len(months), dtype=bool)
        keep[rng.choice(np.arange(1, len(months)), size=2, replace=False)] = False
        srows.append(pd.DataFrame({"date": months[keep].to_timestamp(how="end").normalize(),
                                   "series": name, "value": np.round(v[keep], 2), "unit": unit}))
        facts["series_missing"][name] = [str(p) for p in months[~keep]]
    write_csv(pd.concat(srows), WS / "series.csv", float_format="%.2f")

    # --- settings -------------------------------------------------------------
    (WS / "sectorscope.yaml").write_text(
        "title: 测试行业2022年7月投资策略\n"
        "sector: 测试\n"
        "period: 2022-06\n"
        "as_of: 2022-07-05\n"
        "markets:\n"
        "  HK: { benchmark: HKIDX }\n"
        "  US: { benchmark: USCOMP }\n"
        "headline_index: HKIDX\n"
        "comparison_index: USIDX\n"
        f"key_companies: [{', '.join(COVERED)}]\n"
        "top_per_market: 3\n"
        "top_n: 5\n"
        "valuation: { index: HKIDX, percentile_method: inc }\n"
        "forecast_years: [2022, 2023]\n"
        "pe_decimals: 0\n"
        # CCC.US's last close lies 8 days before the as-of date on purpose: the forecast table shows it.
        "stale_after_days: 10\n",
        encoding="utf-8", newline="\n")
    return facts


# ---------------------------------------------------------------------------
# 2. compute the expected values from the files on disk
# ---------------------------------------------------------------------------
def load():
    sec = read_csv(WS / "securities.csv", dtype={"code": str, "market": str})
    idx = read_csv(WS / "indices.csv", dtype={"code": str}, parse_dates=["inception"])
    px = pd.concat([read_csv(p, parse_dates=["date"]) for p in sorted((WS / "prices").glob("*.csv"))],
                   ignore_index=True)
    market_of = pd.concat([sec.set_index("code")["market"], idx.set_index("code")["market"]])
    px["market"] = px["code"].map(market_of)
    assert px["market"].notna().all()
    return sec, idx, px


def period_returns(sec, idx, px):
    periods = pd.period_range(FIRST_PERIOD, LAST_PERIOD, freq="M")
    # a market's trading days: dates on which any of its instruments has a close
    cal = px[["market", "date"]].drop_duplicates()
    # last trading day <= each month end (max date within the month, carried
    # forward across months without trading days)
    all_p = pd.period_range(FIRST_PERIOD - 1, LAST_PERIOD, freq="M")
    ends = (cal.assign(p=cal["date"].dt.to_period("M"))
            .groupby(["market", "p"])["date"].max()
            .unstack("market").reindex(all_p).ffill())
    ends.index.name = "period"

    wide = px.pivot(index="date", columns="code", values="close")
    bench = {"HK": "HKIDX", "US": "USCOMP"}

    out = {}
    idx_rows = []
    for p in periods:
        rows = []
        excl = []
        for market in sorted(px["market"].unique()):
            d0, d1 = ends.at[p - 1, market], ends.at[p, market]
            c0, c1 = wide.loc[d0], wide.loc[d1]
            ret = (c1 / c0 - 1) * 100
            codes_m = sec.loc[sec["market"] == market, "code"]
            s = sec.set_index("code").loc[codes_m]
            missing0 = c0.reindex(codes_m).isna().to_numpy()
            missing1 = c1.reindex(codes_m).isna().to_numpy()
            for code, m0, m1 in zip(codes_m, missing0, missing1):
                if m0:
                    excl.append((code, f"{d0.year}年{d0.month}月{d0.day}日无收盘价"))
                elif m1:
                    excl.append((code, f"{d1.year}年{d1.month}月{d1.day}日无收盘价"))
            keep = codes_m[~(missing0 | missing1)]
            b = bench[market]
            df = pd.DataFrame({
                "code": keep.to_numpy(),
                "name": s.loc[keep, "name"].to_numpy(),
                "market": market,
                "sub_sector": s.loc[keep, "sub_sector"].to_numpy(),
                "return_pct": ret.reindex(keep).to_numpy(),
                "benchmark": b,
                "benchmark_return_pct": ret[b],
            })
            df["excess_pct"] = df["return_pct"] - df["benchmark_return_pct"]
            rows.append(df)
            for _, r in idx[idx["market"] == market].iterrows():
                idx_rows.append((p, r["code"], r["name"], ret[r["code"]]))
        sr = pd.concat(rows, ignore_index=True)
        sr["rank_in_market"] = (sr.groupby("market")["return_pct"]
                                .rank(method="min", ascending=False).astype(int))
        sr = sr.sort_values(["market", "rank_in_market", "code"], kind="mergesort").reset_index(drop=True)
        out[p] = (sr, pd.DataFrame(excl, columns=["code", "reason"]))

    ir = pd.DataFrame(idx_rows, columns=["p", "code", "name", "return_pct"])
    ir["period"] = ir["p"].astype(str)
    order = {c: i for i, c in enumerate(idx["code"])}
    ir = ir.assign(o=ir["code"].map(order)).sort_values(["p", "o"], kind="mergesort")
    return out, ir, ends


def valuation(idx):
    v = read_csv(WS / "valuations.csv", parse_dates=["date"])
    inception = idx.set_index("code").at["HKIDX", "inception"]
    res = {m: [] for m in ("inc", "rank", "strict")}
    for as_of in VALUATION_AS_OFS:
        s = (v[(v["code"] == "HKIDX") & (v["date"] >= inception) & (v["date"] <= as_of)]
             .sort_values("date")["pe_ttm"].reset_index(drop=True))
        n = len(s)
        cur = s.iloc[-1]
        below = (s < cur).sum()
        pct = {
            "inc": below / (n - 1) * 100,
            "rank": s.rank(pct=True, method="average").iloc[-1] * 100,
            "strict": below / n * 100,
        }
        for m in res:
            res[m].append({"code": "HKIDX", "as_of": as_of, "pe_ttm": cur, "percentile_pct": pct[m],
                           "method": m, "since": inception, "n_obs": n,
                           "x_ties": int((s == cur).sum()), "x_below": int(below)})
    return {m: pd.DataFrame(r) for m, r in res.items()}


def coverage(sec, px):
    cov = read_csv(WS / "coverage.csv", dtype=str)
    fc = read_csv(WS / "forecasts.csv", dtype={"code": str})
    fx = read_csv(WS / "fx.csv", parse_dates=["date"]).sort_values("date")
    s = sec.set_index("code")

    last = (px[px["date"] <= AS_OF].sort_values("date")
            .groupby("code").tail(1).set_index("code"))
    c = cov[["code", "rating"]].copy()
    c["name"] = c["code"].map(s["name"])
    c["close"] = c["code"].map(last["close"])
    c["close_date"] = c["code"].map(last["date"])
    c["currency"] = c["code"].map(s["currency"])
    c["market_cap_mn"] = c["close"] * c["code"].map(s["shares_mn"])
    # FX: last rate on or before the close's own date
    c = pd.merge_asof(c.sort_values("close_date"),
                      fx[fx["to"] == "CNY"].rename(columns={"date": "fx_date", "from": "currency"})
                      [["fx_date", "currency", "rate"]],
                      left_on="close_date", right_on="fx_date", by="currency", direction="backward")
    c = c.set_index("code").loc[cov["code"]].reset_index()

    years = [2022, 2023]
    mult_rows = []
    for k, y in enumerate(years, start=1):
        f = fc[(fc["year"] == y) & (fc["currency"] == "CNY")].set_index("code")
        c[f"year{k}"] = y
        c[f"eps{k}"] = c["code"].map(f["eps"])
        eps = c[f"eps{k}"]
        c[f"pe{k}"] = (c["close"] * c["rate"] / eps).where(eps > 0)
        prof = c["code"].map(f["adj_net_profit_mn"])
        mult_rows.append(pd.DataFrame({"code": c["code"], "year": y,
                                       "multiple": (c["market_cap_mn"] * c["rate"] / prof).where(prof > 0)}))
    cols = ["code", "name", "rating", "close", "currency", "market_cap_mn",
            "year1", "eps1", "pe1", "year2", "eps2", "pe2"]
    detail = c[["code", "close_date", "close", "currency", "fx_date", "rate"]].rename(columns={"rate": "fx_rate"})
    mult = pd.concat(mult_rows, ignore_index=True)
    mult = mult.assign(o=mult["code"].map({k: i for i, k in enumerate(cov["code"])})) \
        .sort_values(["o", "year"], kind="mergesort").drop(columns="o")
    return c[cols], mult, detail


def series():
    s = read_csv(WS / "series.csv", parse_dates=["date"])
    s["p"] = s["date"].dt.to_period("M")
    order = {n: i for i, n in enumerate(pd.unique(s["series"]))}
    s = s.assign(o=s["series"].map(order)).sort_values(["o", "date"], kind="mergesort")
    by = s.set_index(["series", "p"])["value"]
    prev_y = pd.MultiIndex.from_arrays([s["series"], s["p"] - 12])
    prev_m = pd.MultiIndex.from_arrays([s["series"], s["p"] - 1])
    s["yoy_pct"] = (s["value"].to_numpy() / by.reindex(prev_y).to_numpy() - 1) * 100
    s["mom_pct"] = (s["value"].to_numpy() / by.reindex(prev_m).to_numpy() - 1) * 100
    return s[["series", "date", "value", "yoy_pct", "mom_pct"]]


def compute() -> dict:
    if EXP.exists():
        shutil.rmtree(EXP)
    EXP.mkdir(parents=True)
    sec, idx, px = load()
    out, ir, ends = period_returns(sec, idx, px)
    for p, (sr, ex) in out.items():
        write_csv(sr, EXP / f"stock_returns_{p}.csv", float_format=FULL)
        write_csv(ex, EXP / f"excluded_{p}.csv")
        write_csv(ir[ir["p"] == p][["code", "name", "period", "return_pct"]],
                  EXP / f"index_returns_{p}.csv", float_format=FULL)
    pe_tab = ends.loc[FIRST_PERIOD - 1:].reset_index()
    pe_tab["period"] = pe_tab["period"].astype(str)
    write_csv(pe_tab.rename(columns={"HK": "hk_end", "US": "us_end"}), EXP / "period_ends.csv")

    vals = valuation(idx)
    for m, df in vals.items():
        write_csv(df.drop(columns=["x_ties", "x_below"]), EXP / f"valuation_{m}.csv", float_format=FULL)

    cov, mult, detail = coverage(sec, px)
    write_csv(cov, EXP / "coverage.csv", float_format=FULL)
    write_csv(mult, EXP / "adj_multiple.csv", float_format=FULL)
    write_csv(detail, EXP / "coverage_detail.csv", float_format=FULL)

    write_csv(series(), EXP / "series.csv", float_format=FULL)
    return {"out": out, "vals": vals, "cov": cov, "detail": detail, "ends": ends}


def main() -> None:
    rng = np.random.default_rng(SEED)
    facts = generate(rng)
    res = compute()

    # --- a short summary of where the special cases landed --------------------
    print(f"pandas {pd.__version__}, numpy {np.__version__}, seed {SEED}")
    print("HK holidays:", [f"{d:%Y-%m-%d}" for d in facts["hk_holidays"]])
    print("US holidays:", [f"{d:%Y-%m-%d}" for d in facts["us_holidays"]])
    print("HK month-end holiday (forced):", f"{facts['hk_forced_month_end_holiday']:%Y-%m-%d}")
    ends = res["ends"].loc[FIRST_PERIOD - 1:]
    diff = ends[ends["HK"] != ends["US"]]
    print("periods whose HK and US ends differ:",
          [f"{p}: HK {r.HK:%Y-%m-%d} US {r.US:%Y-%m-%d}" for p, r in diff.iterrows()])
    p, x, y, d0, d1 = facts["tie"]
    print(f"tie: {p} {x} and {y} (closes on {d0:%Y-%m-%d}, {d1:%Y-%m-%d})")
    print("new listing:", facts["new_listing"][0], f"{facts['new_listing'][1]:%Y-%m-%d}")
    print("suspension:", facts["suspension"][0], [f"{d:%Y-%m-%d}" for d in facts["suspension"][1]])
    print("delisting:", facts["delisting"][0], f"last close {facts['delisting'][1]:%Y-%m-%d}")
    print("valuation days missing:", [f"{d:%Y-%m-%d}" for d in facts["valuation_missing_days"]])
    print("fx gaps:", {k: [f"{d:%Y-%m-%d}" for d in v] for k, v in facts["fx_gaps"].items()})
    print("series missing months:", facts["series_missing"])
    for per, (sr, ex) in res["out"].items():
        ties = sr[sr.duplicated(["market", "rank_in_market"], keep=False)]
        tie_txt = f" ties: {list(ties['code'])} rank {list(ties['rank_in_market'])}" if len(ties) else ""
        ex_txt = "; ".join(f"{c} ({r})" for c, r in ex.itertuples(index=False))
        if ex_txt or tie_txt:
            print(f"{per}: excluded: {ex_txt or '-'}{tie_txt}")
    for m, df in res["vals"].items():
        for r in df.itertuples(index=False):
            print(f"valuation {m} as_of {r.as_of:%Y-%m-%d}: pe {r.pe_ttm} n={r.n_obs} below={r.x_below} "
                  f"ties(incl. current)={r.x_ties} pct={r.percentile_pct:.6f}")
    print(res["detail"].to_string(index=False))


if __name__ == "__main__":
    main()
