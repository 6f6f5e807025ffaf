#!/usr/bin/env python3
"""Writes the vendor-style fixtures the import tests read, from the demo workspace's prices.

Every layout `sectorscope import` reads, made by other programs: openpyxl (Debian python3-openpyxl) for the
.xlsx, LibreOffice Calc for the .xls (converted from an openpyxl workbook), Python's own codecs for the GBK
CSV, JSON and the long CSV. Run from the repository root:

    /usr/bin/python3 tools/import-fixtures/make_fixtures.py
    (it runs: soffice --headless --convert-to xls --outdir DIR hk-2023-2024.xlsx)

Together the files hold exactly the demo's price rows, so a workspace imported from them must report the
same numbers as the demo. The monthly file repeats month-end closes dated on the 1st.
"""
import csv, datetime as dt, glob, json, os, shutil, subprocess, tempfile, zoneinfo
from openpyxl import Workbook

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(ROOT, "samples", "internet-2024-11")
OUT = os.path.join(ROOT, "tests", "SectorScope.Tests", "Import", "Fixtures")

prices = {}  # (date, code) -> text
for path in sorted(glob.glob(os.path.join(DEMO, "prices", "*.csv"))):
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            prices[(r["date"], r["code"])] = r["close"]
names = {}
for file in ("securities.csv", "indices.csv"):
    with open(os.path.join(DEMO, file), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names[r["code"]] = r["name"]

def codes(pred):
    return sorted({c for (_, c) in prices if pred(c)})

def dates(cs, y0, y1):
    return sorted({d for (d, c) in prices if c in cs and y0 <= int(d[:4]) <= y1})

HK = codes(lambda c: c.endswith(".HK"))
US = codes(lambda c: c.endswith(".US"))

def wide_workbook(cs, ds, vendor):
    wb = Workbook()
    ws = wb.active
    ws.title = "收盘价"
    ws.append(["港股收盘价（前复权）"])
    ws.append(["证券名称"] + [names[c] for c in cs])
    ws.append(["证券代码"] + [vendor(c) for c in cs])
    ws.append(["单位"] + ["港元"] * len(cs))
    ws.append(["日期"] + ["收盘价"] * len(cs))
    for d in ds:
        row = [dt.date.fromisoformat(d)]
        for c in cs:
            v = prices.get((d, c))
            row.append(float(v) if v is not None else "--")
        ws.append(row)
    for cell in ws["A"][5:]:
        cell.number_format = "yyyy-mm-dd"
    ws.append([])
    ws.append(["数据来源：Wind"])
    ws.append(["注：停牌日无收盘价，以 -- 表示"])
    return wb

os.makedirs(OUT, exist_ok=True)
# 1. xlsx, HK 2020-2022, five-digit vendor codes (00700.HK).
ds = dates(HK, 2020, 2022)
wide_workbook(HK, ds, lambda c: c.zfill(8)).save(os.path.join(OUT, "hk-2020-2022.xlsx"))

# 2. xls (via LibreOffice Calc), HK 2023-2024, Bloomberg codes (700 HK Equity).
ds = dates(HK, 2023, 2024)
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "hk-2023-2024.xlsx")
    wide_workbook(HK, ds, lambda c: f"{int(c[:4])} HK Equity").save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "hk-2023-2024.xls"), os.path.join(OUT, "hk-2023-2024.xls"))

# 3. GBK CSV, US 2020-2022: names row, exchange-suffixed codes, slashed dates, thousands separators, "--".
suffix = {c: [".N", ".O", ".OQ", ""][i % 4] for i, c in enumerate(US)}
ds = dates(US, 2020, 2022)
with open(os.path.join(OUT, "us-2020-2022-gbk.csv"), "w", encoding="gbk", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["证券名称"] + [names[c] for c in US])
    w.writerow(["代码"] + [c[:-3] + suffix[c] for c in US])
    w.writerow(["单位"] + ["美元"] * len(US))
    for d in ds:
        row = [d.replace("-", "/")]
        for c in US:
            v = prices.get((d, c))
            row.append("--" if v is None else f"{float(v):,.4f}")
        w.writerow(row)
    w.writerow([])
    w.writerow(["数据来源：同花顺iFinD，截至 2022-12-30"])

# 4. Long CSV with a provider's column names and YYYYMMDD dates: US 2023-2024 and QNET, all years.
with open(os.path.join(OUT, "us-long-tushare.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["ts_code", "trade_date", "name", "close", "vol"])
    for (d, c), v in sorted(prices.items()):
        if (c in US and d >= "2023") or c == "QNET":
            w.writerow([c[:-3] if c.endswith(".US") else c, d.replace("-", ""), names[c], v, 1000])

# 5. Chart JSON for two symbols in different time zones; code_map.csv maps their symbols.
def chart(code, symbol, currency, zone, hour):
    tz = zoneinfo.ZoneInfo(zone)
    rows = sorted((d, v) for (d, c), v in prices.items() if c == code)
    stamps = [int(dt.datetime.combine(dt.date.fromisoformat(d), dt.time(hour), tz).timestamp()) for d, _ in rows]
    closes = [round(float(v) * 1.01, 4) for _, v in rows]  # unadjusted closes differ: the adjusted ones are imported
    doc = {"chart": {"result": [{"meta": {"currency": currency, "symbol": symbol, "exchangeName": "X", "instrumentType": "INDEX",
                                           "gmtoffset": int(dt.datetime.now(tz).utcoffset().total_seconds()), "timezone": "X",
                                           "exchangeTimezoneName": zone},
                                  "timestamp": stamps,
                                  "indicators": {"quote": [{"close": closes}], "adjclose": [{"adjclose": [float(v) for _, v in rows]}]}}],
                       "error": None}}
    return doc
# Hong Kong bars stamped at local midnight fall on the previous day in UTC; New York's at 20:00 on the next day.
for name, doc in (("hstech-chart.json", chart("HSTECH", "HSTECH.HK", "HKD", "Asia/Hong_Kong", 0)),
                  ("ixic-chart.json", chart("IXIC", "^IXIC", "USD", "America/New_York", 20))):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
with open(os.path.join(OUT, "code_map.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("vendor_code,code\nHSTECH.HK,HSTECH\n^IXIC,IXIC\n")

# 6. A monthly file dated on the 1st with each month's last close (UTF-8 with BOM, "Jan 1 2024" dates,
#    full-width digits in one column), for 2024-01 to 2024-11.
monthly = ["0700.HK", "BABA.US", "HSTECH"]
market_days = {m: sorted({d for (d, c) in prices if (c.endswith(".HK") or c == "HSTECH") == (m == "HK")}) for m in ("HK", "US")}
FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")
with open(os.path.join(OUT, "monthly-2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["日期"] + monthly)
    for month in range(1, 12):
        first = dt.date(2024, month, 1)
        row = [first.strftime("%b %-d %Y")]
        for c in monthly:
            m = "HK" if c.endswith(".HK") or c == "HSTECH" else "US"
            last = [d for d in market_days[m] if d.startswith(f"2024-{month:02d}")][-1]
            v = prices.get((last, c), "")
            row.append(v.translate(FULL) if c == "BABA.US" else v)
        w.writerow(row)
print("fixtures written to", OUT)
