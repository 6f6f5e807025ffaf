using System.Security.Cryptography;

namespace SectorScope.Tests.Support;

/// <summary>A small valid workspace in a temporary folder; tests overwrite files to make it invalid.</summary>
public sealed class TestWorkspace : IDisposable
{
    public TestWorkspace()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sectorscope-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Root, "prices"));
        Directory.CreateDirectory(System.IO.Path.Combine(Root, "news"));
        Write("sectorscope.yaml", """
            title: 测试行业2024年3月投资策略
            sector: 测试
            period: 2024-02
            as_of: 2024-03-01
            markets:
              HK: { benchmark: HKI }
              US: { benchmark: USI }
            headline_index: HKI
            comparison_index: USI
            key_companies: [0001.HK]
            valuation: { index: HKI, percentile_method: inc }
            forecast_years: [2024, 2025]
            """);
        Write("securities.csv", """
            code,name,market,currency,sub_sector,name_en,shares_mn
            0001.HK,甲公司,HK,HKD,游戏,A Co,100
            0002.HK,乙公司,HK,HKD,电商,,
            AAA.US,丙公司,US,USD,电商,,50
            """);
        Write("indices.csv", """
            code,name,market,currency,inception
            HKI,港股测试指数,HK,HKD,2024-01-01
            USI,美股测试指数,US,USD,2024-01-01
            """);
        Write("prices/hk.csv", """
            date,code,close
            2024-01-31,0001.HK,10
            2024-01-31,0002.HK,20
            2024-01-31,HKI,100
            2024-02-29,0001.HK,11
            2024-02-29,0002.HK,19
            2024-02-29,HKI,98
            2024-03-01,0001.HK,11.5
            """);
        Write("prices/us.csv", """
            date,code,close
            2024-01-31,AAA.US,5
            2024-01-31,USI,200
            2024-02-28,AAA.US,5.5
            2024-02-28,USI,210
            """);
        Write("valuations.csv", """
            date,code,pe_ttm
            2024-01-31,HKI,10
            2024-02-29,HKI,9
            2024-03-01,HKI,9.5
            """);
        Write("fx.csv", """
            date,from,to,rate
            2024-03-01,HKD,CNY,0.92
            """);
        Write("coverage.csv", """
            code,rating
            0001.HK,买入
            """);
        Write("forecasts.csv", """
            code,year,eps,currency,adj_net_profit_mn
            0001.HK,2024,1.2,CNY,100
            0001.HK,2025,-1,CNY,
            """);
        Write("news/2024-02.jsonl", """
            {"date":"2024-02-10","source":"示例来源","title":"甲公司发布新游戏","body":"正文","url":"https://example.com/1","companies":["0001.HK"],"tags":["游戏"]}
            """);
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string OutputFolder => System.IO.Path.Combine(Root, "..", System.IO.Path.GetFileName(Root) + "-out");

    public string StorePath => global::SectorScope.Store.WorkspaceStore.PathFor(Root);

    public TestWorkspace Write(string relative, string text)
    {
        var full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n");
        return this;
    }

    public TestWorkspace Append(string relative, string line)
    {
        File.AppendAllText(Path(relative), line + "\n");
        return this;
    }

    /// <summary>Hash of the store file, or "absent"; used to assert that a failed ingest changed nothing.</summary>
    public string StoreFingerprint() => File.Exists(StorePath) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(StorePath))) : "absent";

    public void Dispose()
    {
        foreach (var dir in new[] { Root, OutputFolder })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
