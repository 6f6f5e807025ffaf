using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;
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
    private readonly Numbering _numbering;
    private readonly List<DataTable> _dataTables = [];
    private readonly List<string> _methods = [];

    /// <summary>What is left out of this report and why, in the user's language (Chinese): see <see cref="ReportModel.Notices"/>.</summary>
    private readonly List<string> _notices = [];

    private readonly FactBook _facts;

    /// <summary>Every word the report shows, in the requested language.</summary>
    private readonly Wording _w;

    /// <summary>The English edition's view of the workspace's texts; null for the Chinese edition, which shows them as written.</summary>
    private readonly Translation? _translation;

    private readonly WorkspaceSettings _settings;

    private readonly Universe _universe;

    private ReportBuilder(ReportData data)
    {
        _w = Wording.For(data.Request.Language);
        _settings = data.Settings;
        _universe = data.Inputs.Universe;
        if (_w.Language == ReportLanguage.En)
        {
            _translation = new Translation(data.Glossary, data.Inputs.Universe);
            data = _translation.Data(data);
            _settings = _translation.Settings(_settings);
            _universe = _translation.Universe(_universe);
        }

        _settings = _settings with
        {
            Title = TitleTemplate.Expand(_settings.Title, _settings.Sector, data.Request.Period),
            Subtitle = _settings.Subtitle is { } subtitle ? TitleTemplate.Expand(subtitle, _settings.Sector, data.Request.Period) : null,
        };
        if (_w.Language == ReportLanguage.ZhCn)
        {
            // The analyst's own names (markets.X.name, currencies:) over the table's, in the one place every word passes.
            var table = _w;
            var markets = _settings.Markets.Where(m => m.Name is { Length: > 0 }).ToDictionary(m => m.Market, m => m.Name!, StringComparer.Ordinal);
            var currencies = _settings.CurrencyNames;
            _w = _w with
            {
                Market = m => markets.GetValueOrDefault(m) ?? table.Market(m),
                Currency = c => currencies.GetValueOrDefault(c) ?? table.Currency(c),
            };
        }

        _data = data;
        _notices.AddRange(data.Notices ?? []);
        _numbering = new Numbering(_w);
        _facts = new FactBook(_universe, data.Request.Period, data.Request.AsOf, data.Settings.PeDecimals, _w)
        {
            Prices = data.MonthEnds,
            Benchmarks = data.Settings.Markets.ToDictionary(m => m.Market, m => m.Benchmark, StringComparer.Ordinal),
        };
    }

    /// <summary>The settings as this edition shows them.</summary>
    private WorkspaceSettings Settings => _settings;

    /// <summary>Securities and indices by the names this edition shows.</summary>
    private Universe Universe => _universe;

    private ReportPeriod Period => _data.Request.Period;

    private string SourceLine => Settings.SourceLine;

    /// <summary>The model; rejected when the narrative cannot be expanded against the computed facts.</summary>
    public static Outcome<ReportModel> Build(ReportData data) => new ReportBuilder(data).Build();

    /// <summary>The model, and a checker bound to its facts for prose written elsewhere (an edited Word file).</summary>
    public static Outcome<(ReportModel Model, FactCheck.FactChecker Checker)> BuildWithChecker(ReportData data)
    {
        var builder = new ReportBuilder(data);
        return builder.Build().Select(model => (model, builder._checker!));
    }

    private Outcome<ReportModel> Build()
    {
        HeaderNotices();
        var forecastTable = BuildForecastTable();
        var review = BuildMarketReview();
        var valuation = BuildValuation();
        var digest = DigestNews();
        var news = digest.Sections.Select(s => s.Id switch
        {
            NewsSectionId.Industry => BuildIndustry(s),
            NewsSectionId.Company => CompanyNews(s),
            _ => NewsSectionOf(s, [], []),
        }).ToList();
        if (digest.Find(NewsSectionId.Industry) is null)
        {
            NoIndustrySection();
        }

        var expanded = ExpandNarrative();
        if (expanded.Rejected is { } rejected)
        {
            return rejected;
        }

        var narrative = expanded.Value;
        review = review with { Paragraphs = [.. review.Paragraphs, .. Texts(narrative, NarrativeFiles.MarketReview)] };
        valuation = valuation with { Paragraphs = [.. valuation.Paragraphs, .. Texts(narrative, NarrativeFiles.Valuation)] };
        UnshownNewsNarrative(narrative, digest.Sections);
        news = [.. news.Select(s => WithCommentary(s, narrative, NarrativeFiles.Of(s.Id)))];
        var recommendation = Narrative(narrative, NarrativeFiles.Recommendation, _w.RecommendationHeading);
        var risks = Narrative(narrative, NarrativeFiles.Risks, _w.RisksHeading) is { Paragraphs.Count: > 0 } r ? r : new TextSection(_w.RisksHeading, [_w.DefaultRisks]);
        var disclaimer = new TextSection(_w.DisclaimerHeading, Paragraphs(_data.Disclaimer ?? _w.DefaultDisclaimer, _w.SentenceGap));
        var changes = BuildChanges();

        var subtitle = Texts(narrative, NarrativeFiles.Thesis) is { Count: > 0 } thesis ? thesis[0] : Settings.Subtitle;
        var header = new ReportHeader(Settings.ReportType, Settings.Title, subtitle, Settings.Sector, Settings.SectorRating, Settings.Firm,
            Settings.Analysts, Period.ToString(), DisplayFormat.Date(_data.Request.AsOf), Settings.PageFooter, SourceLine, Settings.Colors.Up, Settings.Colors.Down);
        var keyPoints = new List<KeyPoint>
        {
            new(_w.ReviewKeyPoint(Period), KeyPointText(narrative, NarrativeFiles.KeyReview) ?? string.Join(_w.SentenceGap, review.Paragraphs.Take(1).Concat(valuation.Paragraphs.Take(1)))),
        };
        // A section with nothing in it is left out, with its key point; check names it.
        var shownNews = new List<NewsSection>();
        foreach (var (section, model) in digest.Sections.Zip(news))
        {
            if (IsEmpty(model))
            {
                _notices.Add(ReportNotices.NoNews(model.Heading));
                continue;
            }

            shownNews.Add(model);
            if (section.KeyPoint is { } label && (_translation?.Text(label) ?? label) is var shown
                && (KeyPointText(narrative, NarrativeFiles.KeyPointOf(section.Id)) ?? NewsKeyPoint(model)) is { } text)
            {
                keyPoints.Add(new KeyPoint(shown, text));
            }
        }

        if (recommendation.Paragraphs.Count == 0)
        {
            _notices.Add(ReportNotices.NoRecommendation(NarrativeFolder));
        }

        if ((KeyPointText(narrative, NarrativeFiles.KeyStrategy) ?? recommendation.Paragraphs.FirstOrDefault()) is { } strategy)
        {
            keyPoints.Add(new(_w.StrategyKeyPoint(Period.Next), strategy));
        }

        keyPoints.Add(new(changes.Heading, changes.Summary));
        var front = new FrontPage(keyPoints, forecastTable, RelatedResearch(), risks.Paragraphs[0]);

        return new ReportModel(ReportModel.CurrentSchema, header, front, review, valuation, shownNews, recommendation, changes, risks,
            disclaimer, new MethodsNote(_methods), _numbering.Tables, _numbering.Figures, _dataTables, NewsSummary(digest), CheckFacts(narrative), _w.Language)
        {
            Notices = _notices.Count > 0 ? [.. _notices] : null,
        };
    }

    /// <summary>The header's parts the settings leave empty: left out of the front page, named here.</summary>
    private void HeaderNotices()
    {
        if (string.IsNullOrWhiteSpace(Settings.SectorRating))
        {
            _notices.Add(ReportNotices.NoSectorRating);
        }

        if (Settings.Analysts.Count == 0)
        {
            _notices.Add(ReportNotices.NoAnalysts);
        }

        _notices.AddRange(Settings.Analysts.Where(a => a.Licence.Length == 0).Select(a => ReportNotices.NoLicence(a.Name)));
    }

    /// <summary>Blank-line separated paragraphs, each folded to one line; Markdown headings are dropped.</summary>
    /// <param name="lineGap">What a line break inside a paragraph becomes: nothing in Chinese, a space in English.</param>
    internal static IReadOnlyList<string> Paragraphs(string text, string lineGap = "") =>
        [.. text.Replace("\r\n", "\n").Split("\n\n")
            .Select(p => string.Join(lineGap, p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))))
            .Where(p => p.Length > 0)];
}
