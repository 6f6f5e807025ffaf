using SectorScope.Reporting.Model;
using SectorScope.Rendering.Charts;

namespace SectorScope.Tests.Rendering.Charts;

/// <summary>Small hand-made figures of every kind, and the header and font the chart tests draw them with.</summary>
public static class ChartSamples
{
    public const string Up = "#D7263D";
    public const string Down = "#1B9E4B";

    public static ChartFont Font { get; } = ChartFont.Locate();

    public static ReportHeader Header(string up = Up, string down = Down) =>
        new("证券研究报告 · 行业研究", "互联网行业2024年12月投资策略", null, "互联网", "优于大市", "示例证券研究所", [], "2024-11", "2024-12-02",
            "请务必阅读正文之后的免责声明", "资料来源：Wind，示例证券研究所整理", up, down);

    public static readonly string[] StockNames =
    [
        "腾讯控股", "网易-S", "美团-W", "阿里巴巴-SW", "京东集团-SW", "百度集团-SW", "快手-W", "哔哩哔哩-W", "小米集团-W", "金山软件",
        "金蝶国际", "商汤-W", "阅文集团", "中芯国际", "联想集团", "理想汽车-W", "小鹏汽车-W", "蔚来-SW", "众安在线", "阿里健康",
        "京东健康", "万国数据-SW", "同程旅行", "腾讯音乐-SW", "ASMPT", "拼多多", "亚马逊", "微博", "SEA", "知乎",
    ];

    public static ReportFigure Figure(FigureKind kind) => kind switch
    {
        FigureKind.GroupedBars => new ReportFigure("index-monthly-returns", 1, "index-monthly-returns", "恒生科技指数 VS 纳斯达克互联网指数月度涨跌幅", kind,
            ["2024-08", "2024-09", "2024-10", "2024-11"],
            [new("恒生科技指数", [-4.2, 55.9, -15.1, -3.2]), new("纳斯达克互联网指数", [-3.7, 3.6, null, 9.2])],
            "涨跌幅（%）", "资料来源：Wind", []),
        FigureKind.Lines => new ReportFigure("index-rebased", 2, "index-rebased", "恒生科技指数 VS 纳斯达克互联网指数月度走势", kind,
            ["2024-09-26", "2024-09-27", "2024-09-30", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07", "2024-10-08"],
            [new("恒生科技指数", [100, 104.2, 112.5, 121.0, null, 118.3, 124.6, 119.9]), new("纳斯达克互联网指数", [100, 99.1, 100.4, 98.7, 99.3, 101.2, null, 102.0])],
            "指数（期初=100）", "资料来源：Wind", []),
        FigureKind.SignedBars => new ReportFigure("key-companies", 3, "key-companies", "11月互联网板块重点公司表现（%）", kind,
            StockNames[..4], [new("涨跌幅", [-1.6, 9.1, -7.2, -11.9])], "涨跌幅（%）", "资料来源：Wind", []),
        FigureKind.BandedHistory => new ReportFigure("valuation-history", 6, "pe-ttm-history", "恒生科技指数 PE-TTM 情况", kind,
            [.. Enumerable.Range(0, 24).Select(i => new DateOnly(2023, 1, 2).AddDays(i * 15).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
            [new("PE-TTM", [.. new[] { 30.1, 31.5, 33.2, 29.8, 27.4, 26.0, 25.2, 24.8, 26.3, 27.9, 28.4, 26.6, 24.1, 22.7, 21.9, 23.4, 25.8, 24.2, 22.3, 21.0, 20.4, 21.7, 20.9, 20.59 }.Select(v => (double?)v)])],
            "PE-TTM（倍）", "资料来源：Wind", [new("均值", 25.46), new("+1σ", 28.91), new("-1σ", 22.01)]),
        FigureKind.BarsWithChangeLine => new ReportFigure("series-1", 7, "series-1", "国产网络游戏版号（款、%）", kind,
            ["2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11"],
            [new("国产网络游戏版号", [104, 105, 90, 109, 130, 112]), new("同比（%）", [null, 18.1, 1.1, 19.8, 49.4, 6.7], SecondaryAxis: true)],
            "款", "资料来源：国家新闻出版署", []),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A signed-bar figure of the first <paramref name="count"/> stock names, signs alternating.</summary>
    public static ReportFigure Stocks(int count) =>
        Figure(FigureKind.SignedBars) with
        {
            Categories = StockNames[..count],
            Series = [new FigureSeries("涨跌幅", [.. Enumerable.Range(0, count).Select(i => (double?)((i % 2 == 0 ? 1 : -1) * (1.5 + (i * 0.7))))])],
        };

    public static ReportFigure Empty() =>
        Figure(FigureKind.SignedBars) with { Name = "decliners", Number = 4, Categories = [], Series = [new FigureSeries("涨跌幅", [])], Note = "本月没有符合条件的股票" };

    public static RenderedChart Render(ReportFigure figure, ReportHeader? header = null) => ChartRenderer.Render(figure, header ?? Header(), Font);

    /// <summary>Width and height from a PNG's IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), "not a PNG");
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
