using System.Globalization;
using System.Text.RegularExpressions;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;

namespace SectorScope.Reporting.Lint;

/// <summary>
/// Checks a report the way an editor would before publication: figure and table numbers continuous
/// and in reading order, a source line under every figure and table, one cut-off date throughout,
/// and units that match what each number measures.
/// </summary>
public static partial class ReportLint
{
    public static IReadOnlyList<LintFinding> Check(ReportModel model)
    {
        var findings = new List<LintFinding>();
        Numbering(model, findings);
        Sources(model, findings);
        CutOffDate(model, findings);
        Units(model, findings);
        return findings;
    }

    private static void Numbering(ReportModel m, List<LintFinding> findings)
    {
        // Labels from the numbers, not the stored ones: the stored label of a misnumbered table is what is wrong.
        var w = Wording.For(m.Language);
        for (int i = 0; i < m.Tables.Count; i++)
        {
            if (m.Tables[i].Number != i + 1)
            {
                findings.Add(new(w.TableLabel(m.Tables[i].Number), "numbering", $"expected {w.TableLabel(i + 1)}: table numbers must run 1, 2, 3 … without gaps"));
            }
        }

        for (int i = 0; i < m.Figures.Count; i++)
        {
            if (m.Figures[i].Number != i + 1)
            {
                findings.Add(new(w.FigureLabel(m.Figures[i].Number), "numbering", $"expected {w.FigureLabel(i + 1)}: figure numbers must run 1, 2, 3 … without gaps"));
            }
        }

        // Reading order: the front page, then the sections in order.
        var tableOrder = new List<string>();
        if (m.FrontPage.ForecastTableId is { } forecasts)
        {
            tableOrder.Add(forecasts);
        }

        var figureOrder = new List<string>();
        tableOrder.AddRange(m.MarketReview.TableIds);
        figureOrder.AddRange(m.MarketReview.FigureIds);
        figureOrder.AddRange(m.Valuation.FigureIds);
        foreach (var s in m.NewsSections)
        {
            figureOrder.AddRange(s.FigureIds);
            tableOrder.AddRange(s.TableIds);
        }

        tableOrder.AddRange(m.Changes.TableIds);

        Order(tableOrder.Select(id => m.Tables.FirstOrDefault(t => t.Id == id)?.Number), w.TableLabel, "table", findings);
        Order(figureOrder.Select(id => m.Figures.FirstOrDefault(f => f.Id == id)?.Number), w.FigureLabel, "figure", findings);
        foreach (var orphan in m.Tables.Where(t => !tableOrder.Contains(t.Id)))
        {
            findings.Add(new(orphan.Label, "numbering", "table is numbered but no section shows it"));
        }

        foreach (var orphan in m.Figures.Where(f => !figureOrder.Contains(f.Id)))
        {
            findings.Add(new(orphan.Label, "numbering", "figure is numbered but no section shows it"));
        }
    }

    private static void Order(IEnumerable<int?> numbers, Func<int, string> label, string kind, List<LintFinding> findings)
    {
        int last = 0;
        foreach (var n in numbers)
        {
            if (n is null)
            {
                findings.Add(new(kind, "numbering", "a section refers to a missing " + kind));
            }
            else if (n < last)
            {
                findings.Add(new(label(n.Value), "numbering", $"appears after {label(last)} in reading order"));
            }
            else
            {
                last = n.Value;
            }
        }
    }

    private static void Sources(ReportModel m, List<LintFinding> findings)
    {
        var prefix = Wording.For(m.Language).SourcePrefix;
        foreach (var t in m.Tables.Where(t => !t.SourceLine.StartsWith(prefix, StringComparison.Ordinal)))
        {
            findings.Add(new(t.Label, "source", $"every table needs a source line starting with {prefix}"));
        }

        foreach (var f in m.Figures.Where(f => !f.SourceLine.StartsWith(prefix, StringComparison.Ordinal)))
        {
            findings.Add(new(f.Label, "source", $"every figure needs a source line starting with {prefix}"));
        }
    }

    [GeneratedRegex(@"截至(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex CutOff();

    private static void CutOffDate(ReportModel m, List<LintFinding> findings)
    {
        var asOf = DateOnly.ParseExact(m.Header.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (where, text) in Texts(m))
        {
            foreach (Match match in CutOff().Matches(text))
            {
                var date = new DateOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
                    int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
                if (date != asOf)
                {
                    findings.Add(new(where, "cut-off date", $"'{match.Value}' differs from the report's cut-off date {m.Header.AsOf}"));
                }
            }
        }

        foreach (var (where, q) in Quantities(m))
        {
            if (q.Provenance?.AsOf is { } a && string.CompareOrdinal(a, m.Header.AsOf) > 0)
            {
                findings.Add(new(where, "cut-off date", $"uses data of {a}, after the report's cut-off date {m.Header.AsOf}"));
            }
        }
    }

    [GeneratedRegex(@"(跑赢|跑输)[^\d，。；%]{0,16}?-?\d+(\.\d+)?\s*%")]
    private static partial Regex ExcessInPercent();

    [GeneratedRegex(@"(上涨|下跌|涨幅为|跌幅为)[^\d，。；]{0,8}?-?\d+(\.\d+)?\s*pct")]
    private static partial Regex ReturnInPct();

    private static void Units(ReportModel m, List<LintFinding> findings)
    {
        foreach (var (where, q) in Quantities(m).Where(t => t.Q.Value is not null))
        {
            var unit = q.Kind switch
            {
                QuantityKind.ReturnPct or QuantityKind.Percentile or QuantityKind.ChangePct => "%",
                QuantityKind.ExcessPct => "pct",
                QuantityKind.PeTtm => "x",
                _ => null,
            };
            if (unit is not null && !q.Display.EndsWith(unit, StringComparison.Ordinal))
            {
                findings.Add(new(where, "units", $"{q.Kind} '{q.Display}' must be shown in {unit}"));
            }
        }

        foreach (var (where, text) in Texts(m))
        {
            foreach (Match match in ExcessInPercent().Matches(text))
            {
                findings.Add(new(where, "units", $"'{match.Value}': an excess return is in percentage points (pct), not %"));
            }

            foreach (Match match in ReturnInPct().Matches(text))
            {
                findings.Add(new(where, "units", $"'{match.Value}': a return is in %, not pct"));
            }
        }
    }

    /// <summary>Every composed text of the report, with where it stands.</summary>
    private static IEnumerable<(string Where, string Text)> Texts(ReportModel m)
    {
        foreach (var k in m.FrontPage.KeyPoints)
        {
            yield return ($"{Wording.For(m.Language).KeyPointsHeading}·{k.Label}", k.Text);
        }

        foreach (var (heading, paragraphs) in new[]
        {
            (m.MarketReview.Heading, m.MarketReview.Paragraphs), (m.Valuation.Heading, m.Valuation.Paragraphs),
            (m.Recommendation.Heading, m.Recommendation.Paragraphs), (m.Changes.Heading, m.Changes.Paragraphs), (m.Risks.Heading, m.Risks.Paragraphs),
        })
        {
            foreach (var p in paragraphs)
            {
                yield return (heading, p);
            }
        }

        foreach (var t in m.Tables)
        {
            yield return (t.Label, t.Caption + (t.Note ?? ""));
        }
    }

    private static IEnumerable<(string Where, Quantity Q)> Quantities(ReportModel m)
    {
        var r = m.MarketReview;
        yield return ($"{r.Heading}·{r.Headline.Name}", r.Headline.Return);
        if (r.Comparison is { } c)
        {
            yield return ($"{r.Heading}·{c.Name}", c.Return);
        }

        foreach (var market in r.Markets)
        {
            yield return ($"{r.Heading}·{market.Benchmark.Name}", market.Benchmark.Return);
            foreach (var p in market.Top)
            {
                yield return ($"{r.Heading}·{p.Name}", p.Return);
                yield return ($"{r.Heading}·{p.Name}", p.Excess);
            }
        }

        if (m.Valuation.PeTtm is { } pe)
        {
            yield return (m.Valuation.Heading, pe);
        }

        if (m.Valuation.Percentile is { } pct)
        {
            yield return (m.Valuation.Heading, pct);
        }

        foreach (var company in m.Changes.Companies)
        {
            foreach (var e in company.Eps)
            {
                yield return ($"{m.Changes.Heading}·{company.Name}", e.Revision);
            }

            if (company.TargetPriceChange is { } t)
            {
                yield return ($"{m.Changes.Heading}·{company.Name}", t);
            }
        }
    }
}
