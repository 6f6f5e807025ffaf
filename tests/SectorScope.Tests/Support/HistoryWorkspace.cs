using SectorScope.Workspace;

namespace SectorScope.Tests.Support;

/// <summary>
/// The small test workspace (period 2024-02) with five rated companies and a history around it:
/// 2023-12 and 2024-01 before the period, 2024-02 (a stale entry of the period itself) and 2024-03 after.
/// Only 2024-01 may be compared against.
/// </summary>
public static class HistoryWorkspace
{
    public static TestWorkspace Create()
    {
        var ws = new TestWorkspace();
        ws.Write("securities.csv", """
            code,name,market,currency,sub_sector,name_en,shares_mn
            0001.HK,甲公司,HK,HKD,游戏,A Co,100
            0002.HK,乙公司,HK,HKD,电商,,
            0003.HK,丁公司,HK,HKD,电商,,
            0004.HK,戊公司,HK,HKD,电商,,
            AAA.US,丙公司,US,USD,电商,,50
            """);
        ws.Write("coverage.csv", """
            code,rating,target_price
            0001.HK,买入,15
            0002.HK,优于大市,
            AAA.US,中性,
            0003.HK,中性,
            """);
        ws.Write("forecasts.csv", """
            code,year,eps,currency
            0001.HK,2024,1.2,CNY
            0001.HK,2025,-1,CNY
            0002.HK,2024,0.9,CNY
            """);
        ws.Append("sectorscope.yaml", """
            sector_rating: 买入
            related_reports:
              - { title: 测试行业2024年2月投资策略, date: 2024-02-05 }
              - { title: 测试周报, date: 2024-01-20 }
            """);

        // Each earlier or later entry rates 0001.HK differently, so comparing against the wrong one shows.
        Write(ws, Entry("2023-12", "2024-01-03", "测试行业2024年1月投资策略", null, Company("0001.HK", "中性")));
        Write(ws, Entry("2024-01", "2024-02-05", "测试行业2024年2月投资策略", "上期观点",
            Company("0001.HK", "买入", 12, (2024, 1.25), (2025, -0.5)),
            Company("0002.HK", "中性", null, (2024, 0.8)),
            Company("AAA.US", "买入"),
            Company("0004.HK", "优于大市", null, (2024, 2.0))));
        Write(ws, Entry("2024-02", "2024-03-01", "本期旧稿", null, Company("0001.HK", "卖出")));
        Write(ws, Entry("2024-03", "2024-04-01", "下期报告", null, Company("0001.HK", "卖出")));
        return ws;
    }

    public static HistoryEntry Entry(string period, string asOf, string title, string? subtitle, params HistoryCompany[] companies) =>
        new(ReportPeriod.TryParse(period, out var p) ? p : throw new ArgumentException(period), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture),
            title, subtitle, "测试", "优于大市", companies);

    public static HistoryCompany Company(string code, string? rating, double? target = null, params (int Year, double Eps)[] eps) =>
        new(code, code, rating, target, "HKD", [.. eps.Select(e => new HistoryEps(e.Year, e.Eps, "CNY"))]);

    public static void Write(TestWorkspace ws, HistoryEntry entry) => ws.Write(ReportHistory.RelativePath(entry.Period), HistoryJson.Serialize(entry));
}
