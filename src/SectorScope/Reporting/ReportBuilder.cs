using SectorScope.Reporting.Model;
using SectorScope.Reporting.Narrative;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

/// <summary>
/// Turns <see cref="ReportData"/> into the <see cref="ReportModel"/>: runs the analytics, composes the
/// sentences and numbers figures and tables in reading order. A pure function of its input.
/// </summary>
public sealed partial class ReportBuilder
{
    private readonly ReportData _data;
    private readonly Numbering _numbering = new();
    private readonly List<DataTable> _dataTables = [];
    private readonly List<string> _methods = [];

    private readonly FactBook _facts;

    private ReportBuilder(ReportData data)
    {
        _data = data;
        _facts = new FactBook(data.Inputs.Universe, data.Request.Period, data.Request.AsOf, data.Settings.PeDecimals)
        {
            Prices = data.MonthEnds,
            Benchmarks = data.Settings.Markets.ToDictionary(m => m.Market, m => m.Benchmark, StringComparer.Ordinal),
        };
    }

    private WorkspaceSettings Settings => _data.Settings;

    private Universe Universe => _data.Inputs.Universe;

    private ReportPeriod Period => _data.Request.Period;

    private string SourceLine => Settings.SourceLine;

    public static ReportModel Build(ReportData data) => new ReportBuilder(data).Build();

    /// <summary>The model, and a checker bound to its facts for prose written elsewhere (an edited Word file).</summary>
    public static (ReportModel Model, FactCheck.FactChecker Checker) BuildWithChecker(ReportData data)
    {
        var builder = new ReportBuilder(data);
        var model = builder.Build();
        return (model, builder._checker!);
    }

    private ReportModel Build()
    {
        var forecastTable = BuildForecastTable();
        var review = BuildMarketReview();
        var valuation = BuildValuation();
        var digest = DigestNews();
        var ai = NewsSectionOf(digest.Section(NewsSectionId.Ai), [], []);
        var policy = NewsSectionOf(digest.Section(NewsSectionId.Policy), [], []);
        var industry = BuildIndustry(digest.Section(NewsSectionId.Industry));
        var company = CompanyNews(digest.Section(NewsSectionId.Company));
        var narrative = ExpandNarrative();
        review = review with { Paragraphs = [.. review.Paragraphs, .. Texts(narrative, NarrativeFiles.MarketReview)] };
        valuation = valuation with { Paragraphs = [.. valuation.Paragraphs, .. Texts(narrative, NarrativeFiles.Valuation)] };
        ai = WithCommentary(ai, narrative, NarrativeFiles.Ai);
        policy = WithCommentary(policy, narrative, NarrativeFiles.Policy);
        industry = WithCommentary(industry, narrative, NarrativeFiles.Industry);
        company = WithCommentary(company, narrative, NarrativeFiles.Company);
        var recommendation = Narrative(narrative, NarrativeFiles.Recommendation, "投资建议", "分析师尚未撰写本期投资建议（narrative/recommendation.md）。");
        var risks = Narrative(narrative, NarrativeFiles.Risks, "风险提示", null) is { Paragraphs.Count: > 0 } r ? r : new TextSection("风险提示", [DefaultRisks], null);
        var disclaimer = new TextSection("免责声明", Paragraphs(_data.Disclaimer ?? DefaultDisclaimer), null);
        var changes = BuildChanges();

        var subtitle = Texts(narrative, NarrativeFiles.Thesis) is { Count: > 0 } thesis ? thesis[0] : Settings.Subtitle;
        var header = new ReportHeader(Settings.ReportType, Settings.Title, subtitle, Settings.Sector, Settings.SectorRating, Settings.Firm,
            Settings.Analysts, Period.ToString(), DisplayFormat.Date(_data.Request.AsOf), Settings.PageFooter, SourceLine, Settings.Colors.Up, Settings.Colors.Down);
        var keyPoints = new List<KeyPoint>
        {
            new($"{DisplayFormat.ChineseMonth(Period)}行情回顾", KeyPointText(narrative, NarrativeFiles.KeyReview) ?? string.Join("", review.Paragraphs.Take(1).Concat(valuation.Paragraphs.Take(1)))),
        };
        foreach (var (section, model) in new[] { (NewsSectionId.Ai, ai), (NewsSectionId.Policy, policy), (NewsSectionId.Industry, industry), (NewsSectionId.Company, company) })
        {
            if (digest.Section(section).KeyPoint is { } label)
            {
                keyPoints.Add(new KeyPoint(label, KeyPointText(narrative, KeyPointFile(section)) ?? NewsKeyPoint(model)));
            }
        }

        keyPoints.Add(new($"{DisplayFormat.ChineseMonth(Period.Next)}投资策略", KeyPointText(narrative, NarrativeFiles.KeyStrategy)
            ?? (recommendation.Paragraphs.Count > 0 ? recommendation.Paragraphs[0] : recommendation.EmptyNote!)));
        keyPoints.Add(new(changes.Heading, changes.Summary));
        var front = new FrontPage(keyPoints, forecastTable, RelatedResearch(), risks.Paragraphs[0]);

        return new ReportModel(ReportModel.CurrentSchema, header, front, review, valuation, ai, policy, industry, company, recommendation, changes, risks,
            disclaimer, new MethodsNote(_methods), _numbering.Tables, _numbering.Figures, _dataTables, NewsSummary(digest), CheckFacts(narrative));
    }

    /// <summary>Blank-line separated paragraphs, each folded to one line; Markdown headings are dropped.</summary>
    internal static IReadOnlyList<string> Paragraphs(string text) =>
        [.. text.Replace("\r\n", "\n").Split("\n\n")
            .Select(p => string.Join("", p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))))
            .Where(p => p.Length > 0)];

    private const string DefaultRisks = "宏观经济波动导致需求不及预期的风险；行业监管政策变化的风险；市场竞争加剧、新业务投入超预期的风险；海外市场与汇率波动的风险。";

    private const string DefaultDisclaimer = "本报告仅供参考，不构成任何投资建议。报告中的信息均来源于公开资料及工作区输入数据，作者对其准确性和完整性不作任何保证。投资者应独立判断并自行承担投资风险。";
}
