using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    private ValuationSection BuildValuation()
    {
        const string heading = "估值情况";
        if (Settings.Valuation is not { } config || Universe.Index(config.Index) is not { } index)
        {
            return new ValuationSection(heading, null, null, null, null, null, 0, [], []) with { Paragraphs = ["未配置估值指数（sectorscope.yaml 的 valuation），本期不展示估值分位。"] };
        }

        var snapshot = ValuationSnapshot.Of(config.Index, _data.Valuations, index.Inception, _data.Request.AsOf, config.Method);
        var method = MethodName(config.Method);
        _methods.Add($"估值分位：{index.Name}自{DisplayFormat.ChineseDate(index.Inception)}成立以来至估值日的每日 PE-TTM 中严格低于当前值的观测占比；方法 {method}（inc = 低于个数 ÷ (n − 1)，同 Excel PERCENTRANK.INC；rank = pandas 平均排名百分位；strict = 低于个数 ÷ n）。均值与标准差（样本标准差）取自同一窗口。");
        if (snapshot is null)
        {
            return new ValuationSection(heading, index.Code, null, null, method, DisplayFormat.Date(index.Inception), 0,
                [$"valuations.csv 中没有{index.Name}在{DisplayFormat.ChineseDate(index.Inception)}至{DisplayFormat.ChineseDate(_data.Request.AsOf)}之间的 PE-TTM 数据，本期不展示估值分位。"], []);
        }

        var provenance = new Provenance($"PE-TTM of {index.Code} on {DisplayFormat.Date(snapshot.ObservedOn)}; percentile method {method} over {snapshot.Observations} observations since {DisplayFormat.Date(index.Inception)}",
            [snapshot.Source.ToString()], DisplayFormat.Date(snapshot.ObservedOn));
        var pe = new Quantity(snapshot.PeTtm, QuantityKind.PeTtm, DisplayFormat.Multiple(snapshot.PeTtm, DisplayFormat.PeTtmDecimals), provenance);
        var percentile = new Quantity(snapshot.PercentilePct, QuantityKind.Percentile,
            snapshot.PercentilePct is { } pct ? DisplayFormat.Percentile(pct) : "—", provenance);
        _facts.Add(new Narrative.ValuationFact(index.Code, pe, percentile));
        var sentence = $"截至{DisplayFormat.ChineseDate(snapshot.ObservedOn)}，{index.Name} PE-TTM 为{pe.Display}，处于{index.Name}成立以来{percentile.Display}分位点"
            + $"（{DisplayFormat.Date(index.Inception)}至今共{DisplayFormat.Integer(snapshot.Observations)}个观测，方法 {method}），"
            + $"期间均值为{DisplayFormat.Multiple(snapshot.Mean, DisplayFormat.PeTtmDecimals)}。";

        var history = _data.Valuations.Where(r => r.Code == index.Code && r.Date >= index.Inception && r.Date <= _data.Request.AsOf).OrderBy(r => r.Date).ToArray();
        var figure = _numbering.Add(new ReportFigure("valuation-history", 0, "pe-ttm-history", $"{index.Name} PE-TTM 情况", FigureKind.BandedHistory,
            [.. history.Select(r => DisplayFormat.Date(r.Date))], [new FigureSeries("PE-TTM", [.. history.Select(r => (double?)r.PeTtm)])], "PE-TTM（倍）", SourceLine,
            [new("均值", snapshot.Mean), new("+1σ", snapshot.Mean + snapshot.StdDev), new("-1σ", snapshot.Mean - snapshot.StdDev)]));

        _dataTables.Add(new DataTable("valuation", ["code", "as_of", "pe_ttm", "percentile_pct", "method", "since", "n_obs"],
            [[index.Code, DisplayFormat.Date(_data.Request.AsOf), snapshot.PeTtm, snapshot.PercentilePct, method, DisplayFormat.Date(index.Inception), snapshot.Observations]]));

        return new ValuationSection(heading, index.Code, pe, percentile, method, DisplayFormat.Date(index.Inception), snapshot.Observations, [sentence], [figure]);
    }

    private static string MethodName(PercentileMethod method) => method switch
    {
        PercentileMethod.Inc => "inc",
        PercentileMethod.Rank => "rank",
        _ => "strict",
    };
}
