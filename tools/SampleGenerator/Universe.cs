namespace SampleGenerator;

/// <summary>Which common shape a stock's synthetic history follows before its own noise.</summary>
internal enum Shape
{
    /// <summary>China internet and tech: 2021 peak, 2022 trough, autumn-2024 rally.</summary>
    ChinaTech,

    /// <summary>US platforms: 2021 peak, 2022 bear market, 2023–24 recovery.</summary>
    UsTech,
}

/// <summary>
/// One security of the demo universe. <see cref="NovReturnPct"/> and <see cref="SharesMn"/> are null
/// where <see cref="Pins"/> fixes them. Prices are in the quote currency.
/// </summary>
internal sealed record Stock(
    string Code,
    string Name,
    string Market,
    string SubSector,
    string NameEn,
    double? SharesMn,
    DateOnly? Listed,
    double FirstClose,
    double Oct31Close,
    double? NovReturnPct,
    double DailyVolPct,
    Shape Shape)
{
    public string Currency => Market == "HK" ? "HKD" : "USD";
}

/// <summary>
/// An index with the rough levels its synthetic path passes through. The move into the as-of date
/// is fixed rather than drawn so that it agrees in sign with the PE-TTM series on that day.
/// </summary>
internal sealed record IndexSpec(
    string Code,
    string Name,
    string Market,
    string Currency,
    double DailyVolPct,
    IReadOnlyList<(string Date, double Level)> Levels,
    double Oct31Close,
    double AsOfMovePct);

/// <summary>
/// The demo universe: Hang Seng TECH constituents of late 2024 plus US-listed internet names.
/// Start and end-October levels are rounded approximations of history; everything between is synthetic.
/// </summary>
internal static class Universe
{
    public static readonly IReadOnlyList<Stock> Stocks =
    [
        Hk("0020.HK", "商汤-W", "软件服务", "SenseTime", 33600, "2021-12-30", 3.85, 1.60, -4.5, 3.5),
        Hk("0241.HK", "阿里健康", "医疗健康", "Alibaba Health", 16130, null, 22.0, 3.60, -8.1, 3.2),
        Hk("0268.HK", "金蝶国际", "软件服务", "Kingdee International Software", 3545, null, 19.5, 8.80, null, 3.0),
        Hk("0285.HK", "比亚迪电子", "智能硬件", "BYD Electronic", 2253, null, 30.0, 31.0, 2.4, 3.0),
        Hk("0522.HK", "ASMPT", "半导体", "ASMPT", 415, null, 80.0, 75.0, -6.2, 2.6),
        Hk("0700.HK", "腾讯控股", "社交媒体", "Tencent Holdings", null, null, 530.0, 407.60, -1.62, 2.0),
        Hk("0772.HK", "阅文集团", "在线视频", "China Literature", 1017, null, 55.0, 28.50, -3.1, 3.0),
        Hk("0780.HK", "同程旅行", "出行旅游", "Tongcheng Travel", 2295, null, 14.0, 18.20, 1.9, 2.8),
        Hk("0981.HK", "中芯国际", "半导体", "SMIC", 7965, null, 42.0, 25.50, -9.8, 3.2),
        Hk("0992.HK", "联想集团", "智能硬件", "Lenovo Group", 12405, null, 4.60, 10.10, -1.3, 2.5),
        Hk("1024.HK", "快手-W", "短视频", "Kuaishou Technology", 4311, "2021-02-05", 300.0, 48.50, -5.6, 3.2),
        Hk("1347.HK", "华虹半导体", "半导体", "Hua Hong Semiconductor", 1718, null, 32.0, 23.60, 3.2, 3.3),
        Hk("1810.HK", "小米集团-W", "智能硬件", "Xiaomi", 25100, null, 13.5, 22.80, 6.4, 2.8),
        Hk("2015.HK", "理想汽车-W", "新能源车", "Li Auto", 2124, "2021-08-12", 118.0, 92.0, -2.3, 3.4),
        Hk("2382.HK", "舜宇光学科技", "智能硬件", "Sunny Optical Technology", 1097, null, 125.0, 47.0, 1.1, 3.0),
        Hk("3690.HK", "美团-W", "本地生活", "Meituan", null, null, 190.0, 183.60, -7.24, 2.8),
        Hk("3888.HK", "金山软件", "软件服务", "Kingsoft", 1379, null, 40.0, 26.10, null, 2.9),
        Hk("6060.HK", "众安在线", "金融科技", "ZhongAn Online", 1470, null, 37.0, 14.20, -10.2, 3.4),
        Hk("6618.HK", "京东健康", "医疗健康", "JD Health", 3197, "2020-12-08", 135.0, 29.0, -4.0, 3.2),
        Hk("6690.HK", "海尔智家", "智能硬件", "Haier Smart Home", 9380, "2020-12-23", 29.5, 28.0, 3.8, 2.2),
        Hk("9618.HK", "京东集团-SW", "电商", "JD.com", 3132, null, 230.0, 162.0, -1.5, 2.7),
        Hk("9626.HK", "哔哩哔哩-W", "在线视频", "Bilibili", 418, "2021-03-29", 790.0, 163.0, -4.7, 3.5),
        Hk("9698.HK", "万国数据-SW", "软件服务", "GDS Holdings", 1960, "2020-11-02", 100.0, 17.80, -3.9, 3.5),
        Hk("9863.HK", "零跑汽车", "新能源车", "Leapmotor", 1337, "2022-09-29", 30.0, 33.50, 5.3, 3.5),
        Hk("9866.HK", "蔚来-SW", "新能源车", "NIO", 2090, "2022-03-10", 150.0, 38.50, -10.5, 3.5),
        Hk("9868.HK", "小鹏汽车-W", "新能源车", "XPeng", 1894, "2021-07-07", 168.0, 44.50, -2.0, 3.5),
        Hk("9888.HK", "百度集团-SW", "软件服务", "Baidu", 2808, "2021-03-23", 254.0, 88.30, -7.8, 2.7),
        Hk("9961.HK", "携程集团-S", "出行旅游", "Trip.com Group", 655, "2021-04-19", 300.0, 490.0, 4.6, 2.6),
        Hk("9988.HK", "阿里巴巴-SW", "电商", "Alibaba Group", null, null, 240.0, 95.70, -11.9, 2.5),
        Hk("9999.HK", "网易-S", "游戏", "NetEase", null, null, 140.0, 123.0, null, 2.4),

        Us("AMZN.US", "亚马逊", "电商", "Amazon.com", 10510, null, 150.0, 186.40, null, 2.1),
        Us("BABA.US", "阿里巴巴", "电商", "Alibaba Group", 2386, null, 252.0, 98.0, -13.0, 2.6),
        Us("BEKE.US", "贝壳", "本地生活", "KE Holdings", 1180, "2020-08-13", 37.4, 21.50, 0.9, 3.4),
        Us("BIDU.US", "百度", "软件服务", "Baidu", 351, null, 120.0, 91.0, -8.1, 2.7),
        Us("BILI.US", "哔哩哔哩", "在线视频", "Bilibili", 418, null, 44.0, 21.0, -4.5, 3.5),
        Us("DOYU.US", "斗鱼", "在线视频", "DouYu International", 31.8, null, 130.0, 8.66, 5.7, 3.5),
        Us("FUTU.US", "富途控股", "金融科技", "Futu Holdings", 138, null, 43.0, 97.0, 2.8, 3.4),
        Us("GOOGL.US", "谷歌", "软件服务", "Alphabet", 12250, null, 76.0, 171.10, 1.6, 2.0),
        Us("HUYA.US", "虎牙", "在线视频", "HUYA", 225, null, 23.0, 3.55, 4.9, 3.5),
        Us("IQ.US", "爱奇艺", "在线视频", "iQIYI", 960, null, 22.0, 2.25, 2.4, 3.5),
        Us("JD.US", "京东", "电商", "JD.com", 1566, null, 63.0, 40.90, -1.8, 2.8),
        Us("JOYY.US", "欢聚", "社交媒体", "JOYY", 53, null, 85.0, 32.80, 3.6, 3.0),
        Us("META.US", "Meta", "社交媒体", "Meta Platforms", 2525, null, 233.0, 567.60, 1.3, 2.3),
        Us("MOMO.US", "挚文集团", "社交媒体", "Hello Group", 176, null, 19.0, 7.10, 4.2, 3.0),
        Us("PDD.US", "拼多多", "电商", "PDD Holdings", 1389, null, 88.0, 120.60, -19.6, 3.3),
        Us("SE.US", "SEA", "电商", "Sea Limited", 572, null, 110.0, 94.30, null, 3.3),
        Us("TCOM.US", "携程网", "出行旅游", "Trip.com Group", 655, null, 26.0, 63.50, 4.4, 2.6),
        Us("TME.US", "腾讯音乐", "在线视频", "Tencent Music Entertainment", 1545, null, 15.0, 11.60, 3.4, 3.0),
        Us("VIPS.US", "唯品会", "电商", "Vipshop", 520, null, 21.0, 14.30, 2.1, 2.8),
        Us("WB.US", "微博", "社交媒体", "Weibo", 236, null, 36.0, 9.51, null, 3.0),
        Us("ZH.US", "知乎", "社交媒体", "Zhihu", 89, "2021-03-26", 27.0, 4.20, 5.1, 3.5),
    ];

    /// <summary>Levels are rough waypoints; the bridge between them is random.</summary>
    public static readonly IReadOnlyList<IndexSpec> Indices =
    [
        new("HSTECH", "恒生科技指数", "HK", "HKD", 1.9,
        [
            ("2020-07-27", 7321.45), ("2020-09-21", 7250), ("2021-02-17", 10000), ("2021-05-12", 7600),
            ("2021-06-25", 8500), ("2021-07-28", 6350), ("2021-10-04", 6100), ("2022-01-27", 5400),
            ("2022-03-15", 3750), ("2022-06-30", 5000), ("2022-10-31", 3500), ("2023-01-27", 4800),
            ("2023-05-31", 3750), ("2023-07-31", 4450), ("2023-12-29", 3900), ("2024-01-22", 3550),
            ("2024-05-20", 4000), ("2024-09-11", 3600), ("2024-10-07", 5350),
        ], 4429.24, 1.2),
        new("QNET", "纳斯达克互联网指数", "US", "USD", 2.0,
        [
            ("2020-07-27", 1850), ("2021-02-16", 2900), ("2021-11-19", 2650), ("2022-06-16", 1600),
            ("2022-12-28", 1520), ("2023-07-31", 2050), ("2023-10-26", 1850), ("2024-07-10", 2480),
            ("2024-08-05", 2180),
        ], 2390.50, 1.1),
        new("IXIC", "纳斯达克综合指数", "US", "USD", 1.5,
        [
            ("2020-07-27", 10536.27), ("2020-09-02", 12056), ("2020-10-30", 10912), ("2021-02-12", 14095),
            ("2021-03-08", 12609), ("2021-11-19", 16057), ("2022-06-16", 10646), ("2022-08-16", 12960),
            ("2022-12-28", 10213), ("2023-07-31", 14346), ("2023-10-26", 12596), ("2024-07-10", 18647),
            ("2024-08-05", 16200),
        ], 18095.15, 0.97),
    ];

    public static Stock Find(string code) => Stocks.Single(s => s.Code == code);

    private static Stock Hk(string code, string name, string sub, string en, double? shares, string? listed, double first, double oct31, double? nov, double vol) =>
        new(code, name, "HK", sub, en, shares, listed is null ? null : Dates.Parse(listed), first, oct31, nov, vol, Shape.ChinaTech);

    private static Stock Us(string code, string name, string sub, string en, double? shares, string? listed, double first, double oct31, double? nov, double vol) =>
        new(code, name, "US", sub, en, shares, listed is null ? null : Dates.Parse(listed), first, oct31, nov, vol,
            code is "AMZN.US" or "GOOGL.US" or "META.US" or "SE.US" ? Shape.UsTech : Shape.ChinaTech);
}
