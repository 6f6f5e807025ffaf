using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Reporting.FactCheck;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting.FactCheck;

/// <summary>The claim reader and checker on random text: no input makes them throw.</summary>
[Collection(DemoModelCollection.Name)]
public sealed class ClaimReaderPropertyTests(DemoModelFixture demo)
{
    /// <summary>Pieces that reach every rule (names, codes in brackets, units, periods, signs, lists), mixed with any UTF-16 unit.</summary>
    private static readonly string[] Pieces =
    [
        "金山软件", "网易", "金蝶", "腾讯", "恒生科技指数", "恒生指数", "（3888.HK）", "(9999.HK)", "（0001.HK）", "IBM", "三者", "两家", "、", "，", "。", "：", "；",
        "涨幅", "下跌", "跑赢", "跑输", "同比", "环比", "分位", "经调整", "PE-TTM", "PE", "2024E", "24年", "2024年", "10月", "10-11月", "9月以来", "年初至今",
        "近一年", "三季度", "Q3", "3Q24", "前三季度", "本月", "上月", "分别为", "16.7", "１６．７", "－", "−", "-", "+", "%", "％", "pct", "pp", "ppt", "个百分点",
        "百分点", "bp", "基点", "x", "X", "倍", "99999999999999999999", "0.0000001", "1,234,567.5", "\n", " ", "\u3000", "\ud800", "\udfff", "美团-W", "美团－Ｗ",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()), Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString()))
            .ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property Any_text_is_read_and_checked_without_throwing() => Prop.ForAll(Texts(), text =>
    {
        var findings = demo.Checker.Check("random.docx", [text, TextNormaliser.Normalise(text)]);
        return findings.All(f => f.Location.StartsWith("random.docx:¶", StringComparison.Ordinal) && f.Stated.Length > 0);
    });

    [Property(MaxTest = 1000)]
    public Property Normalising_keeps_every_offset(string? text) =>
        (TextNormaliser.Normalise(text ?? "").Length == (text ?? "").Length).ToProperty();
}
