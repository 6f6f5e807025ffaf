using System.Globalization;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;

namespace SectorScope.Rendering.Layout;

/// <summary>
/// Lays the report model out once for every format: the sections in order and numbered, captions under
/// the model's 图N/表N labels, the 重点/其他 news tiers, notes with their prefix, the front page's labels. Every visible
/// word comes from the model or the language's <see cref="Wording"/>; renderers only map the blocks.
/// </summary>
public static class DocumentLayout
{
    /// <summary>Bar charts with more categories than this need the full width to stay legible.</summary>
    private const int HalfWidthCategories = 30;

    public static ReportDocument Lay(ReportModel m)
    {
        var w = Wording.For(m.Language);
        var h = m.Header;
        var sections = new List<SectionBlock>();
        int n = 1;
        // A chapter with nothing in it is left out and the next takes its number (check names what is missing).
        void Chapter(string heading, bool major, IEnumerable<Block> blocks)
        {
            var content = blocks.ToArray();
            if (content.Length > 0)
            {
                int number = n++;
                sections.Add(new SectionBlock(SectionKind.Chapter, number, number.ToString(CultureInfo.InvariantCulture) + ".", heading, major, content));
            }
        }

        Chapter(m.MarketReview.Heading, true,
            [.. Paragraphs(m.MarketReview.Paragraphs), .. Figures(m, w, m.MarketReview.FigureIds), .. Tables(m, w, m.MarketReview.TableIds)]);
        Chapter(m.Valuation.Heading, true, [.. Paragraphs(m.Valuation.Paragraphs), .. Figures(m, w, m.Valuation.FigureIds)]);
        foreach (var s in m.NewsSections)
        {
            Chapter(s.Heading, s.Groups.Count > 0 || s.FigureIds.Count > 0 || s.TableIds.Count > 0,
                [.. News(s, w), .. Figures(m, w, s.FigureIds), .. Tables(m, w, s.TableIds)]);
        }

        Chapter(m.Recommendation.Heading, false, Paragraphs(m.Recommendation.Paragraphs));
        Chapter(m.Changes.Heading, false,
            [.. Note(m.Changes.EmptyNote), .. Paragraphs(m.Changes.Paragraphs), .. Tables(m, w, m.Changes.TableIds)]);
        Chapter(m.Risks.Heading, false, Paragraphs(m.Risks.Paragraphs));
        sections.Add(new SectionBlock(SectionKind.Methods, null, "", w.MethodsHeading, true, [new ListBlock(m.Methods.Lines)]));
        sections.Add(new SectionBlock(SectionKind.Disclaimer, null, "", m.Disclaimer.Heading, false, Paragraphs(m.Disclaimer.Paragraphs, ParagraphRole.Disclaimer)));

        var title = h.Subtitle is null ? h.Title : h.Title + w.LabelSeparator + h.Subtitle;
        return new ReportDocument(w.Tag, w.BodyFont, w.HeadingFont, title, h.Firm + w.FieldGap + h.PageFooter, h, FrontPage(m, w), sections);
    }

    private static FrontPageBlock FrontPage(ReportModel m, Wording w)
    {
        var h = m.Header;
        LabelledText Labelled(string label, string value) => new(label, value, label + w.LabelSeparator + value);
        var front = m.FrontPage;
        return new FrontPageBlock(
            h.ReportType,
            h.Firm,
            h.Title,
            h.Subtitle,
            h.SectorRating is { Length: > 0 } rating ? Labelled(w.SectorRatingHeading, rating) : null,
            Labelled(w.SectorLabel, h.Sector),
            Labelled(w.PeriodLabel, h.Period),
            Labelled(w.AsOfLabel, h.AsOf),
            w.FieldGap,
            w.LabelSeparator,
            w.AnalystsHeading,
            [.. h.Analysts.Select(a => new AnalystLine(a.Name, a.Licence.Length == 0 ? null : w.LicenceLabel + w.LabelSeparator + a.Licence))],
            w.RelatedHeading,
            [.. front.RelatedResearch.Select(r => new RelatedLine(w.ReportTitle(r.Title), w.RelatedDash, r.Date))],
            w.KeyPointsHeading,
            [.. front.KeyPoints.Select(k => new KeyPointLine(k.Label + w.LabelSeparator, k.Text))],
            new KeyPointLine(w.RiskWarningLabel + w.LabelSeparator, front.RiskWarning),
            front.ForecastTableId is { } table ? Table(m.Table(table), w) : null);
    }

    private static List<Block> Paragraphs(IEnumerable<string> paragraphs, ParagraphRole role = ParagraphRole.Body) =>
        [.. paragraphs.Select(p => new ParagraphBlock([new TextRun(p)], role))];

    private static IEnumerable<Block> Note(string? text) => text is null ? [] : [new NoteBlock(text)];

    /// <summary>Commentary, then the groups; the tier (重点公司新闻/其他公司新闻) is shown where it changes.</summary>
    private static List<Block> News(NewsSection section, Wording w)
    {
        var blocks = Paragraphs(section.Commentary ?? []);
        string? tier = null;
        foreach (var group in section.Groups)
        {
            string? shown = null;
            if (group.Tier is not null && group.Tier != tier)
            {
                tier = shown = group.Tier;
            }

            blocks.Add(new NewsGroupBlock(shown, group.Heading, [.. group.Items.Select((item, i) =>
                new NewsLine((i + 1).ToString(CultureInfo.InvariantCulture) + ".", item.Title, w.NewsMeta(item.Date, item.Sources), item.Body))]));
        }

        return blocks;
    }

    private static IEnumerable<Block> Figures(ReportModel m, Wording w, IEnumerable<string> ids) => ids.Select(id =>
    {
        var f = m.Figure(id);
        var label = f.Label;
        var halfWidth = f.Kind != FigureKind.BandedHistory && (f.Kind == FigureKind.Lines || f.Categories.Count <= HalfWidthCategories);
        return (Block)new FigureBlock(f.Id, f.Number, label, label + w.LabelSeparator + f.Caption, f.FileStem, halfWidth, w.ChartMissing,
            f.Note is null ? null : w.NotePrefix + f.Note, f.SourceLine);
    });

    private static IEnumerable<Block> Tables(ReportModel m, Wording w, IEnumerable<string> ids) => ids.Select(id => (Block)Table(m.Table(id), w));

    private static TableBlock Table(ReportTable t, Wording w)
    {
        var label = t.Label;
        return new TableBlock(t.Number, label, label + w.LabelSeparator + t.Caption, t.Columns, HeaderRows(t.Columns),
            [.. t.Columns.Select(c => c.Group is null ? c.Header : $"{c.Group} {c.Header}")],
            [.. t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Text)])],
            t.Note is null ? null : w.NotePrefix + t.Note, t.SourceLine);
    }

    /// <summary>
    /// One header row, or two when columns are grouped (EPS over 2024E and 2025E): the first holds the
    /// ungrouped headers, spanning both rows, and one cell per group; the second the grouped columns' own headers.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<HeaderCell>> HeaderRows(IReadOnlyList<TableColumn> columns)
    {
        if (columns.All(c => c.Group is null))
        {
            return [[.. columns.Select((c, i) => new HeaderCell(c.Header, c.Align, i))]];
        }

        var first = new List<HeaderCell>();
        for (int i = 0; i < columns.Count;)
        {
            var group = columns[i].Group;
            if (group is null)
            {
                first.Add(new HeaderCell(columns[i].Header, columns[i].Align, i, RowSpan: 2));
                i++;
                continue;
            }

            int span = 1;
            while (i + span < columns.Count && columns[i + span].Group == group)
            {
                span++;
            }

            first.Add(new HeaderCell(group, ColumnAlign.Center, i, ColumnSpan: span, IsGroup: true));
            i += span;
        }

        return [first, [.. columns.Select((c, i) => (c, i)).Where(x => x.c.Group is not null).Select(x => new HeaderCell(x.c.Header, x.c.Align, x.i))]];
    }
}
