namespace SampleGenerator;

/// <summary>Fixed parts of the workspace README.</summary>
internal static partial class WorkspaceTexts
{
    private const string ReadmeHead = """
        # Demo workspace: internet sector, November 2024

        The bundled example for SectorScope: a monthly strategy report on HK- and US-listed internet
        names for the period 2024-11, priced as of 2024-12-02. Every file here is written by the
        sample generator; edit the generator, not the files. To regenerate (output is byte-identical
        on every run, and the run fails if any published figure below is not reproduced):

        ```
        dotnet run --project tools/SampleGenerator -- samples/internet-2024-11
        ```

        ## Files

        | file | content |
        | --- | --- |
        | `sectorscope.yaml` | report settings: title, markets and benchmarks, key companies, valuation method, related reports |
        | `disclaimer.md` | disclaimer text printed at the end of the report |
        | `securities.csv` | Hang Seng TECH constituents of late 2024 and US-listed internet names, with sub-sector and shares outstanding |
        | `indices.csv` | HSTECH (headline and HK benchmark), QNET (comparison), IXIC (US benchmark) |
        | `prices/<market>-<year>.csv` | daily closes 2020-07-27 … 2024-12-02 on each market's own trading calendar; stocks listed later start on their listing day |
        | `valuations.csv` | HSTECH PE-TTM on every HK trading day of the window |
        | `fx.csv` | HKD→CNY and USD→CNY on every weekday of the window |
        | `coverage.csv` | ratings of the four key companies (target prices left blank) |
        | `forecasts.csv` | 2024–2025 EPS and adjusted net profit of the key companies, in CNY |
        | `series.csv` | monthly industry data: payment reserve deposits (亿元) and domestic game approvals (款) |
        | `taxonomy.yaml` | news taxonomy (`news_taxonomy`): sections and their group order, companies with aliases and codes, sub-sector keywords, source tiers, scoring and duplicate rules |
        | `news/2024-11.jsonl` | news items of the month, summarised in our own words, tagged by company and topic; four October/December stragglers the report leaves out, and one headline repeated by a second source |
        | `news/2024-11-wire.rss` | an RSS 2.0 wire that retells seven of those stories in other words (merged with them), adds three untagged items placed by the taxonomy, and one December item |
        | `news/2024-11-weekly-gbk.jsonl` | a weekly saved in GBK, not UTF-8 (read as GB18030): four retellings and one item of its own, untagged |
        | `narrative/headlines.yaml` | the analyst's own one-line thesis under the AI heading; all group headlines are composed from the items |
        | `narrative/recommendation.md` | the analyst's investment recommendation (投资建议); its first paragraph is the front page's strategy key point |
        | `narrative/risks.md` | the risk warnings (风险提示), also on the front page |
        | `narrative/market-review.md`, `narrative/valuation.md` | the analyst's comments added after the composed market-review and valuation text |
        | `narrative/industry.md` | the analyst's lead-in to the industry news, with the series' YoY and MoM as placeholders |
        | `history/2024-10.json` | the record of the previous month's report (synthetic, see below), in the format `report` writes after each run; the report compares against it in 评级与盈利预测变动 and lists it under 相关研究报告 |

        The narrative files are the analyst's prose. `{{ … }}` placeholders in them are filled with computed
        values (`{{ excess WB.US }}` → 跑输纳斯达克综合指数0.1pct, `{{ fwd_pe 0700.HK 2024 }}` → 15x); the other
        figures are written by hand (the HK top three's 16.7%、9.1%、7.7% and 20.0pct、12.3pct、11.0pct, PE-TTM
        20.59x at the 8.85% percentile, Tencent, Meituan and Alibaba at 16X, 21X and 10X 2024 adjusted profit),
        and `sectorscope check` recomputes each of them from the data.

        ## Published figures (pinned)

        These values are the figures of the model report and are reproduced exactly by the data.

        Monthly return = close on the market's last trading day ≤ 2024-11-30 ÷ close on its last
        trading day ≤ 2024-10-31 − 1 (both markets: 2024-11-29 ÷ 2024-10-31). Each realised return is
        within ±0.002 percentage points of the published one:

        """;

    private const string ReadmeTail = """

        - Top three per market: HK 金山软件, 网易-S, 金蝶国际 (excess over HSTECH 20.0, 12.3, 11.0 pct);
          US SEA, 亚马逊, 微博 (excess over IXIC 14.8, 5.3, −0.1 pct). Every other HK name returns
          below +7.0%, every other US name below +6.0%.
        - Closes on 2024-12-02: 0700.HK 398.0, 9999.HK 134.4, 3690.HK 168.7, 9988.HK 83.7 (HKD).
        - Market caps on 2024-12-02 (close × `shares_mn`, HKD mn): 3,688,428; 431,529; 1,026,583;
          1,599,221. The key companies' `shares_mn` are derived from these.
        - FX on 2024-12-02: HKD→CNY 0.9346, USD→CNY 7.2763.
        - EPS 2024/2025 (CNY): 0700.HK 24.1/26.3, 9999.HK 11.2/12.0, 3690.HK 7.1/8.6, 9988.HK 7.8/8.5,
          giving forward PEs 15/14, 11/10, 22/18, 10/9.
        - Adjusted net profit 2024 (CNY mn): 218,000, 33,000, 45,000, 150,000; market cap on that
          profit: Tencent 16x, Meituan 21x, Alibaba 10x.
        - HSTECH PE-TTM on 2024-12-02: 20.59, at the 8.85% percentile since 2020-07-27
          (method `inc`: observations below ÷ (n − 1)).
        - 非金融机构存款 2024-10: 23,664 亿元, flat year on year (0.0%), −2.1% month on month.
        - 国产网络游戏版号 2024-11: 112.

        ## Synthetic values

        Everything else is synthetic and must not be read as market history:

        - Daily closes between the pinned dates: seeded geometric random walks bridged through rough
          waypoints (the 2021 peak, the 2022 trough, the autumn-2024 rally), so the shape is
          plausible but no day's close is real. Non-pinned November returns are illustrative.
        - Shares outstanding of the non-key names, HSTECH PE-TTM apart from the as-of value, FX
          apart from the as-of rates, 2025 adjusted profits, the industry series apart from the
          pinned months (2023-07 of the game approvals is left out on purpose, so 2024-07 has no
          year-on-year change).
        - Trading calendars are weekdays minus each exchange's public holidays and, in Hong Kong, the
          four full days lost to typhoons or rainstorms in the window; early closes are not marked.
        - The firm, analyst and licence number are fictional.
        - `history/2024-10.json` is invented, not the model broker's October record: the four key
          companies rated 优于大市 as now, NetEase's 2024 EPS at 10.9 (now 11.2, +2.8%), Meituan's
          2025 EPS at 8.8 (now 8.6, −2.3%), and Kuaishou (快手-W, 中性) covered then and dropped
          since. Its title, thesis and date are those of the model's related-research list.
          Running `report` on this folder itself (no `--workspace`) never adds to it; a copy made
          with `sectorscope init DIR` records each report in `DIR/history/`.
        """;
}
