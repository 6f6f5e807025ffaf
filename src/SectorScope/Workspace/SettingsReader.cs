using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SectorScope.Workspace;

/// <summary>Settings with the line of each top-level key, for diagnostics found later.</summary>
public sealed record SettingsDocument(WorkspaceSettings Settings, IReadOnlyDictionary<string, int> KeyLines)
{
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;
}

/// <summary>
/// Reads <c>sectorscope.yaml</c> into <see cref="WorkspaceSettings"/>. Unknown keys are errors that
/// name the key, so a typo never silently falls back to a default.
/// </summary>
public static class SettingsReader
{
    public const string FileName = "sectorscope.yaml";

    private static readonly string[] KnownKeys =
    [
        "title", "subtitle", "sector", "sector_rating", "firm", "analysts", "period", "as_of", "markets",
        "headline_index", "comparison_index", "key_companies", "top_per_market", "top_n", "decliners_max", "valuation", "stale_after_days",
        "forecast_years", "pe_decimals", "price_decimals", "eps_decimals", "rating_scale", "related_reports", "news_taxonomy", "source_line",
        "page_footer", "disclaimer", "report_type", "colors", "word_template", "language", "currencies", "store",
    ];

    public static SettingsDocument? Read(string text, DiagnosticBag diagnostics)
    {
        var node = YamlText.Root(FileName, text, diagnostics, out bool empty);
        if (node is not YamlMappingNode root)
        {
            if (node is null && !empty)
            {
                return null;
            }

            diagnostics.Add(FileName, 1, "yaml", ReaderMessages.SettingsNotMapping);
            return null;
        }

        var y = new YamlAccess(FileName, diagnostics);
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in root.Children.Keys)
        {
            var name = y.Scalar(key) ?? "";
            keyLines[name] = (int)key.Start.Line;
            if (!KnownKeys.Contains(name))
            {
                y.Error(key, name, ReaderMessages.UnknownKey(KnownKeys));
            }
        }

        var markets = new List<MarketSettings>();
        if (y.Child(root, "markets") is YamlMappingNode marketsNode)
        {
            foreach (var (k, v) in marketsNode.Children)
            {
                var market = y.Scalar(k) ?? "";
                var benchmark = v is YamlMappingNode m ? y.RequiredString(m, "benchmark", $"markets.{market}") : null;
                string? name = null;
                if (v is YamlMappingNode mm)
                {
                    y.RejectUnknown(mm, ["benchmark", "name"], $"markets.{market}");
                    name = y.String(mm, "name");
                }

                if (benchmark is null)
                {
                    y.Error(v, $"markets.{market}", ReaderMessages.ExpectedBenchmark);
                }
                else
                {
                    markets.Add(new MarketSettings(market, benchmark, name));
                }
            }
        }
        else
        {
            y.Error(root, "markets", ReaderMessages.MarketsRequired);
        }

        ValuationSettings? valuation = null;
        if (y.Child(root, "valuation") is YamlMappingNode vNode)
        {
            y.RejectUnknown(vNode, ["index", "percentile_method"], "valuation");
            var index = y.RequiredString(vNode, "index", "valuation");
            var methodText = y.String(vNode, "percentile_method") ?? "inc";
            PercentileMethod? method = methodText switch
            {
                "inc" => PercentileMethod.Inc,
                "rank" => PercentileMethod.Rank,
                "strict" => PercentileMethod.Strict,
                _ => null,
            };
            if (method is null)
            {
                y.Error(y.Child(vNode, "percentile_method")!, "valuation.percentile_method", ReaderMessages.NotOneOf(methodText ?? "", ["inc", "rank", "strict"]));
            }
            else if (index is not null)
            {
                valuation = new ValuationSettings(index, method.Value);
            }
        }

        // The Chinese names of currencies the wording table does not know (or names otherwise): { CHF: 瑞士法郎 }.
        var currencies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (y.Child(root, "currencies") is YamlMappingNode currencyNode)
        {
            foreach (var (k, v) in currencyNode.Children)
            {
                if (y.Scalar(k) is { Length: > 0 } code && y.Scalar(v) is { Length: > 0 } currencyName)
                {
                    currencies[code] = currencyName;
                }
                else
                {
                    y.Error(v, "currencies", ReaderMessages.ExpectedCurrencyName);
                }
            }
        }
        else if (y.Child(root, "currencies") is { } notMap)
        {
            y.Error(notMap, "currencies", ReaderMessages.ExpectedCurrencies);
        }

        var colors = ChartColors.Default;
        if (y.Child(root, "colors") is YamlMappingNode cNode)
        {
            y.RejectUnknown(cNode, ["up", "down"], "colors");
            colors = new ChartColors(y.Color(cNode, "up") ?? colors.Up, y.Color(cNode, "down") ?? colors.Down);
        }

        ReportPeriod? period = null;
        if (y.String(root, "period") is { } periodText)
        {
            if (ReportPeriod.TryParse(periodText, out var p))
            {
                period = p;
            }
            else
            {
                y.Error(y.Child(root, "period")!, "period", ReaderMessages.NotAMonth(periodText ?? ""));
            }
        }

        var languageText = y.String(root, "language") ?? "zh-CN";
        if (!ReportLanguages.TryParse(languageText, out var language))
        {
            y.Error(y.Child(root, "language")!, "language", ReaderMessages.NotOneOf(languageText ?? "", ReportLanguages.Tags.Keys));
        }

        StoreAddress? store = null;
        if (y.String(root, "store") is { } storeText)
        {
            // The address is checked here so that a password written into the file is refused with its line (and never echoed).
            store = StoreAddress.Parse(storeText, out var problem);
            if (problem is not null)
            {
                y.Error(y.Child(root, "store")!, "store", problem);
            }
        }

        // A plain string is a vendor index's code; a mapping computes the sector's own index from its members.
        var sector = y.String(root, "sector") ?? "";
        var computed = y.Child(root, "headline_index") is YamlMappingNode headlineMap ? ComputedIndexSettings.Read(y, headlineMap, sector) : null;
        var headline = computed?.Code ?? (y.Child(root, "headline_index") is YamlMappingNode ? null : y.RequiredString(root, "headline_index", "headline_index"));
        var settings = new WorkspaceSettings
        {
            Title = y.String(root, "title") ?? "行业投资策略",
            Subtitle = y.String(root, "subtitle"),
            Sector = sector,
            SectorRating = y.String(root, "sector_rating"),
            Firm = y.String(root, "firm") ?? "",
            Analysts = y.Sequence(root, "analysts").Select(n => ReadAnalyst(y, n)).OfType<Analyst>().ToArray(),
            Period = period,
            AsOf = y.Date(root, "as_of"),
            Markets = markets,
            HeadlineIndex = headline ?? "",
            ComputedIndex = computed,
            ComparisonIndex = y.String(root, "comparison_index"),
            KeyCompanies = y.Sequence(root, "key_companies").Select(y.Scalar).OfType<string>().ToArray(),
            TopPerMarket = y.Int(root, "top_per_market", 1, 50) ?? 3,
            TopN = y.Int(root, "top_n", 1, 100) ?? 10,
            DecliningMax = y.Int(root, "decliners_max", 1, 500) ?? 40,
            StaleAfterDays = y.Int(root, "stale_after_days", 1, 366) ?? WorkspaceSettings.DefaultStaleAfterDays,
            Valuation = valuation,
            ForecastYears = y.Sequence(root, "forecast_years").Select(n => y.IntOf(n, "forecast_years", 1900, 2100)).OfType<int>().ToArray(),
            PeDecimals = y.Int(root, "pe_decimals", 0, 4) ?? 0,
            PriceDecimals = y.Int(root, "price_decimals", 0, 4) ?? 2,
            EpsDecimals = y.Int(root, "eps_decimals", 0, 4) ?? 2,
            RatingScale = y.Child(root, "rating_scale") is null
                ? WorkspaceSettings.DefaultRatingScale
                : y.Sequence(root, "rating_scale").Select(y.Scalar).OfType<string>().ToArray(),
            RelatedReports = y.Sequence(root, "related_reports").Select(n => ReadRelated(y, n)).OfType<RelatedReport>().ToArray(),
            NewsTaxonomy = y.String(root, "news_taxonomy"),
            SourceLine = y.String(root, "source_line") ?? WorkspaceSettings.DefaultSourceLine,
            PageFooter = y.String(root, "page_footer") ?? WorkspaceSettings.DefaultPageFooter,
            Disclaimer = y.String(root, "disclaimer"),
            ReportType = y.String(root, "report_type") ?? WorkspaceSettings.DefaultReportType,
            Colors = colors,
            WordTemplate = y.String(root, "word_template"),
            Language = language,
            CurrencyNames = currencies,
            Store = store,
        };

        foreach (var (key, template) in new[] { ("title", settings.Title), ("subtitle", settings.Subtitle) })
        {
            if (template is not null && TitleTemplate.Unknown(template) is { Count: > 0 } unknown)
            {
                y.Error(y.Child(root, key)!, key, ReaderMessages.UnknownPlaceholder(unknown.Select(u => $"{{{u}}}"), TitleTemplate.Names.Select(n => $"{{{n}}}")));
            }
        }

        if (settings.SectorRating is { } rating && !settings.RatingScale.Contains(rating))
        {
            y.Error(y.Child(root, "sector_rating")!, "sector_rating", ReaderMessages.NotInRatingScale(rating, settings.RatingScale));
        }

        return new SettingsDocument(settings, keyLines);
    }

    private static Analyst? ReadAnalyst(YamlAccess y, YamlNode node)
    {
        if (node is not YamlMappingNode m)
        {
            y.Error(node, "analysts", ReaderMessages.ExpectedAnalyst);
            return null;
        }

        y.RejectUnknown(m, ["name", "licence"], "analysts");
        var name = y.RequiredString(m, "name", "analysts");
        return name is null ? null : new Analyst(name, y.String(m, "licence") ?? "");
    }

    private static RelatedReport? ReadRelated(YamlAccess y, YamlNode node)
    {
        if (node is not YamlMappingNode m)
        {
            y.Error(node, "related_reports", ReaderMessages.ExpectedRelatedReport);
            return null;
        }

        y.RejectUnknown(m, ["title", "date"], "related_reports");
        var title = y.RequiredString(m, "title", "related_reports");
        var date = y.Date(m, "date", "related_reports.date");
        if (date is null && y.Child(m, "date") is null)
        {
            y.Error(m, "related_reports.date", ReaderMessages.DateMissing);
        }

        return title is null || date is null ? null : new RelatedReport(title, date.Value);
    }

    /// <summary>Typed, diagnosing access to YAML nodes.</summary>
    internal sealed class YamlAccess(string file, DiagnosticBag diagnostics)
    {
        public void Error(YamlNode node, string key, string reason) => diagnostics.Add(file, (int)node.Start.Line, key, reason);

        public YamlNode? Child(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        public string? Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value : null;

        public string? String(YamlMappingNode map, string key)
        {
            var node = Child(map, key);
            if (node is null)
            {
                return null;
            }

            if (node is YamlScalarNode s)
            {
                return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
            }

            Error(node, key, ReaderMessages.ExpectedSingleValue);
            return null;
        }

        public string? RequiredString(YamlMappingNode map, string key, string label)
        {
            var value = String(map, key);
            if (value is null && Child(map, key) is null)
            {
                Error(map, label == key ? key : $"{label}.{key}", ReaderMessages.RequiredKeyMissing);
            }

            return value;
        }

        public IEnumerable<YamlNode> Sequence(YamlMappingNode map, string key)
        {
            var node = Child(map, key);
            if (node is null)
            {
                return [];
            }

            if (node is YamlSequenceNode seq)
            {
                return seq.Children;
            }

            Error(node, key, ReaderMessages.ExpectedList);
            return [];
        }

        public int? Int(YamlMappingNode map, string key, int min, int max) =>
            Child(map, key) is { } node ? IntOf(node, key, min, max) : null;

        public int? IntOf(YamlNode node, string key, int min, int max)
        {
            var text = Scalar(node);
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            Error(node, key, ReaderMessages.NotAnIntegerIn(text ?? "", min, max));
            return null;
        }

        public DateOnly? Date(YamlMappingNode map, string key, string? label = null)
        {
            var text = String(map, key);
            if (text is null)
            {
                return null;
            }

            if (InputDates.TryParse(text, out var date))
            {
                return date;
            }

            Error(Child(map, key)!, label ?? key, InputDates.NotADate(text));
            return null;
        }

        public string? Color(YamlMappingNode map, string key)
        {
            var text = String(map, key);
            if (text is null || (text.Length == 7 && text[0] == '#' && text.Skip(1).All(char.IsAsciiHexDigit)))
            {
                return text?.ToUpperInvariant();
            }

            Error(Child(map, key)!, $"colors.{key}", ReaderMessages.NotAColour(text ?? ""));
            return null;
        }

        public void RejectUnknown(YamlMappingNode map, string[] known, string label)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = Scalar(key) ?? "";
                if (!known.Contains(name))
                {
                    Error(key, $"{label}.{name}", ReaderMessages.UnknownKey(known));
                }
            }
        }
    }
}
