using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace SectorScope.Pipeline;

/// <summary>A number inside a tracked change of an edited Word file: in ¶N, inserted or deleted, by whom.</summary>
public sealed record TrackedNumber(int Paragraph, bool Inserted, string Number, string? Author, string Context);

/// <summary>An edited Word report as it reads with all changes accepted, with the numbers its tracked changes touch.</summary>
public sealed record EditedDocument(IReadOnlyList<string> Paragraphs, IReadOnlyList<TrackedNumber> TrackedNumbers, IReadOnlyList<EditedTable> Tables);

/// <summary>
/// Reads a Word report the analyst edited, for the fact-check: every body paragraph as it would read with all
/// tracked changes accepted (insertions in, deletions out, so 9.1→9.4 reads 9.4 and never 9.19.4), every number a
/// tracked change inserts or deletes, and every captioned table (表N：…) cell by cell.
/// </summary>
public static partial class EditedDocx
{
    /// <summary>Shorter text in a table cell is a label or a figure of a data table, not prose.</summary>
    public const int MinCellProse = 12;

    /// <summary>
    /// The text of every paragraph of the document body in reading order; ¶N in findings is the N-th of these.
    /// Table cells count (the front page lays its key points out in a table), but a cell paragraph shorter
    /// than <see cref="MinCellProse"/> characters reads as empty: a data cell has no sentence to check.
    /// </summary>
    public static Outcome<IReadOnlyList<string>> BodyParagraphs(string path) => Read(path).Select(d => d.Paragraphs);

    /// <summary>The prose and the forecast and changes tables of an edited report, checked against the data.</summary>
    public static Outcome<IReadOnlyList<FactFinding>> Check(string path, FactChecker checker, IReadOnlyList<ReportTable> tables)
    {
        var file = Path.GetFileName(path);
        return Read(path).Select(document => (IReadOnlyList<FactFinding>)[.. checker.Check(file, document.Paragraphs), .. TableCells.Check(file, tables, document.Tables)]);
    }

    /// <summary>The document as it reads with every change accepted; a file that is not a Word document is rejected.</summary>
    public static Outcome<EditedDocument> Read(string path)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            return body is null ? new EditedDocument([], [], []) : Read(body);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException
            or InvalidOperationException /* a relationship to a part the package lacks */
            or ArgumentException /* .NET's XML reader on some broken XML declarations */)
        {
            return new Rejection([new Diagnostic(Path.GetFileName(path), 0, "docx", ReaderMessages.NotWordFile)]);
        }
    }

    private static EditedDocument Read(Body body)
    {
        var paragraphs = new List<string>();
        var tracked = new List<TrackedNumber>();
        foreach (var (paragraph, i) in body.Descendants<Paragraph>().Select((p, i) => (p, i + 1)))
        {
            var text = ParagraphText.Of(paragraph);
            paragraphs.Add(paragraph.Ancestors<TableCell>().Any() && text.Accepted.Trim().Length < MinCellProse ? "" : text.Accepted);
            tracked.AddRange(Touched(text.Accepted, text.InsertedBy).Select(n => new TrackedNumber(i, true, n.Number, n.Author, text.Accepted)));
            tracked.AddRange(Touched(text.Original, text.DeletedBy).Select(n => new TrackedNumber(i, false, n.Number, n.Author, text.Original)));
        }

        return new EditedDocument(paragraphs, tracked, [.. Tables(body)]);
    }

    /// <summary>Every number of <paramref name="text"/> that has a character a tracked change wrote or removed.</summary>
    private static IEnumerable<(string Number, string? Author)> Touched(string text, string?[] changedBy)
    {
        foreach (Match m in NumberToken().Matches(TextNormaliser.Normalise(text)))
        {
            var author = Enumerable.Range(m.Index, m.Length).Select(i => changedBy[i]).FirstOrDefault(a => a is not null);
            if (Enumerable.Range(m.Index, m.Length).Any(i => changedBy[i] is not null))
            {
                yield return (text.Substring(m.Index, m.Length), author == "" ? null : author);
            }
        }
    }

    /// <summary>Top-level tables under a 表N：caption paragraph, each row's cells as they read with changes accepted.</summary>
    private static IEnumerable<EditedTable> Tables(Body body)
    {
        foreach (var table in body.Elements<Table>())
        {
            if (table.PreviousSibling<Paragraph>() is not { } caption || ParagraphText.Of(caption).Accepted is not { } text || !CaptionLabel().IsMatch(text))
            {
                continue;
            }

            var rows = table.Elements<TableRow>()
                .Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => string.Join("", c.Elements<Paragraph>().Select(p => ParagraphText.Of(p).Accepted)))])
                .ToArray();
            yield return new EditedTable(text, rows);
        }
    }

    /// <summary>A paragraph's text with all changes accepted and with all rejected, and who changed each character.</summary>
    private sealed record ParagraphText(string Accepted, string?[] InsertedBy, string Original, string?[] DeletedBy)
    {
        public static ParagraphText Of(Paragraph paragraph)
        {
            var accepted = new StringBuilder();
            var original = new StringBuilder();
            var inserted = new List<string?>();
            var deleted = new List<string?>();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t when Change<DeletedRun, MoveFromRun>(t) is null:
                        var by = Change<InsertedRun, MoveToRun>(t);
                        accepted.Append(t.Text);
                        inserted.AddRange(Enumerable.Repeat(by, t.Text.Length));
                        if (by is null)
                        {
                            original.Append(t.Text);
                            deleted.AddRange(Enumerable.Repeat<string?>(null, t.Text.Length));
                        }

                        break;
                    case Text t:
                        original.Append(t.Text);
                        deleted.AddRange(Enumerable.Repeat(Change<DeletedRun, MoveFromRun>(t), t.Text.Length));
                        break;
                    case DeletedText d:
                        original.Append(d.Text);
                        deleted.AddRange(Enumerable.Repeat(Change<DeletedRun, MoveFromRun>(d) ?? "", d.Text.Length));
                        break;
                }
            }

            return new ParagraphText(accepted.ToString(), [.. inserted], original.ToString(), [.. deleted]);
        }

        /// <summary>The author of the tracked change of kind A or B around the element ("" for none named); null outside one.</summary>
        private static string? Change<TA, TB>(OpenXmlElement e)
            where TA : OpenXmlElement
            where TB : OpenXmlElement
        {
            var change = e.Ancestors().FirstOrDefault(a => a is TA or TB);
            return change is null ? null : change.GetAttributes().FirstOrDefault(a => a.LocalName == "author").Value ?? "";
        }
    }

    [GeneratedRegex(@"[-+]?[0-9]+(?:[.,][0-9]+)*\s*(?:%|pct|ppt|pp|bps|bp|个百分点|百分点|基点|x|X|倍)?")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^表[0-9]+：")]
    private static partial Regex CaptionLabel();
}
