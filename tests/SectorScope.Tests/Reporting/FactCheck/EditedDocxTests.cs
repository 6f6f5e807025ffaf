using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Cli;
using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting.FactCheck;

/// <summary>The demo's report.docx as an analyst edits it in Word: with Track Changes on, and by typing over a table cell.</summary>
public sealed class EditedDocxTests
{
    private const string Author = "分析师";

    [Trait("Category", "Slow")]
    [Fact]
    public void A_number_typed_over_in_the_prose_is_caught_by_check_docx()
    {
        using var demo = new DemoCopy();
        var docx = GeneratedDocx(demo);
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["check", "--workspace", demo.Root, "--docx", docx]));
        int edited;
        using (var document = WordprocessingDocument.Open(docx, isEditable: true))
        {
            var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
            var review = MarketReview(paragraphs);
            edited = paragraphs.IndexOf(review) + 1;
            var text = review.Descendants<Text>().First(t => t.Text.Contains("9.1%", StringComparison.Ordinal));
            text.Text = text.Text.Replace("9.1%", "9.4%", StringComparison.Ordinal);
        }

        var (_, findings) = ReportPipeline.CheckDocx(demo.Root, null, null, docx).Value;
        var error = Assert.Single(findings, f => f.IsError);
        Assert.Equal(($"report.docx:¶{edited}", FactVerdict.Mismatch, "网易-S（9999.HK）", "9.4%", "9.1%"), (error.Location, error.Verdict, error.Subject, error.Stated, error.Computed));
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["check", "--workspace", demo.Root, "--docx", docx]));
    }

    [Fact]
    public void A_number_changed_under_track_changes_and_numbers_changed_in_the_forecast_and_changes_tables_are_caught_by_check_docx()
    {
        using var demo = new DemoCopy();
        var docx = GeneratedDocx(demo);
        int prose, cell;
        using (var document = WordprocessingDocument.Open(docx, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var paragraphs = body.Descendants<Paragraph>().ToList();

            // 网易's 9.1% becomes 9.4% under Track Changes, as Word writes it: <w:del>9.1</w:del><w:ins>9.4</w:ins>%.
            var review = MarketReview(paragraphs);
            prose = paragraphs.IndexOf(review) + 1;
            TrackChange(review, "9.1", "9.4", 101);

            // 腾讯控股's PE 2024E in the forecast table is typed over: 15 → 13.
            var forecasts = Table(body, "重点公司盈利预测及投资评级");
            Row(forecasts, "0700.HK").Elements<TableCell>().ElementAt(7).Descendants<Text>().Single().Text = "13";

            // 网易's 2024E EPS this period in the changes table becomes 11.5 under Track Changes.
            var changed = Row(Table(body, "评级与盈利预测变动"), "9999.HK").Elements<TableCell>().ElementAt(6).Elements<Paragraph>().Single();
            cell = paragraphs.IndexOf(changed) + 1;
            TrackChange(changed, "11.2", "11.5", 102);
        }

        var (_, findings) = ReportPipeline.CheckDocx(demo.Root, null, null, docx).Value;
        Assert.Equal(
        [
            ($"report.docx:¶{prose}", FactVerdict.Mismatch, "网易-S（9999.HK）", "9.4%", "9.1%"),
            ("report.docx:表1 第1行", FactVerdict.Mismatch, "0700.HK", "13", "15"),
            ("report.docx:表4 第2行", FactVerdict.Mismatch, "9999.HK", "11.5", "11.2"),
        ], findings.Where(f => f.IsError).Select(f => (f.Location, f.Verdict, f.Subject, f.Stated, f.Computed)));
        Assert.Contains(findings, f => f is { Location: "report.docx:表1 第1行", Verdict: FactVerdict.Agrees, Metric: "PE 2025E", Stated: "14" });

        var edited = EditedDocx.Read(docx).Value;
        Assert.DoesNotContain("9.19.4", string.Join("", edited.Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Accepted_text_has_insertions_in_and_deletions_out_and_every_number_of_a_tracked_change_is_listed()
    {
        using var demo = new DemoCopy();
        var docx = GeneratedDocx(demo);
        int prose;
        using (var document = WordprocessingDocument.Open(docx, isEditable: true))
        {
            var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
            var review = MarketReview(paragraphs);
            prose = paragraphs.IndexOf(review) + 1;
            TrackChange(review, "9.1", "9.4", 101);
        }

        var edited = EditedDocx.Read(docx).Value;
        var text = edited.Paragraphs[prose - 1];
        Assert.Contains("16.7%、9.4%、7.7%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9.19.4", text, StringComparison.Ordinal);
        Assert.Equal([(prose, true, "9.4%", Author), (prose, false, "9.1%", Author)], edited.TrackedNumbers.Select(t => (t.Paragraph, t.Inserted, t.Number, t.Author)));
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["check", "--workspace", demo.Root, "--docx", docx]));
    }

    /// <summary>The demo's report.docx, as <c>report</c> writes it.</summary>
    private static string GeneratedDocx(DemoCopy demo)
    {
        var output = demo.Beside("out");
        _ = ReportPipeline.Run(demo.Root, null, null, output, OutputFormat.Docx).Value;
        return Path.Combine(output, "report.docx");
    }

    /// <summary>The analyst's paragraph of the market review, whose 9.1% is 网易's return.</summary>
    private static Paragraph MarketReview(List<Paragraph> paragraphs) =>
        paragraphs.First(p => p.InnerText.StartsWith("从个股看，港股领涨的金山软件", StringComparison.Ordinal));

    private static Table Table(Body body, string caption) =>
        body.Elements<Table>().First(t => t.PreviousSibling<Paragraph>()?.InnerText.EndsWith(caption, StringComparison.Ordinal) == true);

    private static TableRow Row(Table table, string code) => table.Elements<TableRow>().First(r => r.Elements<TableCell>().First().InnerText == code);

    /// <summary>Replaces <paramref name="from"/> in the paragraph's text by a tracked deletion and insertion, as Word does.</summary>
    private static void TrackChange(Paragraph paragraph, string from, string to, int id)
    {
        var text = paragraph.Descendants<Text>().First(t => t.Text.Contains(from, StringComparison.Ordinal));
        var run = text.Ancestors<Run>().First();
        var at = text.Text.IndexOf(from, StringComparison.Ordinal);
        var (before, after) = (text.Text[..at], text.Text[(at + from.Length)..]);
        Run Like(OpenXmlElement content) => new(run.RunProperties?.CloneNode(true) is { } p ? [p, content] : [content]);
        var date = new DateTime(2024, 12, 3, 9, 30, 0, DateTimeKind.Utc);
        OpenXmlElement[] parts =
        [
            Like(new Text(before) { Space = SpaceProcessingModeValues.Preserve }),
            new DeletedRun(Like(new DeletedText(from))) { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), Author = Author, Date = date },
            new InsertedRun(Like(new Text(to))) { Id = (id + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), Author = Author, Date = date },
            Like(new Text(after) { Space = SpaceProcessingModeValues.Preserve }),
        ];
        foreach (var part in parts)
        {
            run.InsertBeforeSelf(part);
        }

        run.Remove();
    }
}
