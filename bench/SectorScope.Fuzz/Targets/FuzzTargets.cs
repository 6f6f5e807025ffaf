using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Pipeline;
using SectorScope.Workspace;

namespace SectorScope.Fuzz;

/// <summary>One reader under fuzz: its seed files and the call that reads one input.</summary>
/// <param name="Read">Reads the input; returns true when it was accepted, false when rejected with diagnostics. Any exception is a crash: rejected input is a value.</param>
/// <param name="Make">How this target's inputs are made, when not by <see cref="FuzzInput.For"/>.</param>
public sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, Func<byte[], bool> Read, Func<FuzzInput, IReadOnlyList<byte[]>, byte[]>? Make = null);

/// <summary>
/// The fuzz targets, one per reader of the workspace: every CSV table, JSON-lines news, RSS/Atom feeds, the
/// YAML settings, taxonomy and headlines, history JSON, the Word file of <c>check --docx</c>, and two that run
/// <c>check</c> and <c>report</c> end to end on the demo with one narrative or table file replaced (where a
/// value a parser accepts can still break a renderer).
/// </summary>
public sealed class FuzzTargets : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "sectorscope-fuzz", Guid.NewGuid().ToString("N"));
    private readonly WorkspaceInputs _demo;
    private readonly string _workspace;

    public FuzzTargets(string demoWorkspace)
    {
        Directory.CreateDirectory(_scratch);
        _demo = WorkspaceReader.Open(demoWorkspace).Value;
        _workspace = Path.Combine(_scratch, "ws");
        WorkspaceCopy.Copy(demoWorkspace, _workspace);
        All = Build(demoWorkspace);
    }

    public IReadOnlyList<FuzzTarget> All { get; }

    public FuzzTarget this[string name] => All.Single(t => t.Name == name);

    private IReadOnlyList<FuzzTarget> Build(string demo)
    {
        byte[] Seed(string relative) => File.ReadAllBytes(Path.Combine(demo, relative));
        byte[][] Seeds(string folder, string pattern) => [.. Directory.GetFiles(Path.Combine(demo, folder), pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        var universe = _demo.Universe;
        var markets = _demo.Settings.Markets.Select(m => m.Market).ToHashSet(StringComparer.Ordinal);
        FuzzTarget Csv(string name, byte[][] seeds, Action<string, string, DiagnosticBag> parse) =>
            new(name, seeds, bytes => Text(name, bytes, (text, d) => parse(name, text, d)));

        // Price files are large: their seeds are the first 60 lines of each.
        var prices = Seeds("prices", "*.csv").Select(b => Encoding.UTF8.GetBytes(string.Join('\n', Encoding.UTF8.GetString(b).Split('\n').Take(60)) + "\n")).ToArray();
        return
        [
            Csv("securities.csv", [Seed("securities.csv")], (p, t, d) => InputParsers.Securities(p, t, markets, d)),
            Csv("indices.csv", [Seed("indices.csv")], (p, t, d) => InputParsers.Indices(p, t, markets, d)),
            Csv("prices.csv", prices, (p, t, d) => InputParsers.Prices(p, t, universe, d)),
            Csv("valuations.csv", [Seed("valuations.csv")], (p, t, d) => InputParsers.Valuations(p, t, universe, d)),
            Csv("fx.csv", [Seed("fx.csv")], (p, t, d) => InputParsers.Fx(p, t, d)),
            Csv("coverage.csv", [Seed("coverage.csv")], (p, t, d) => InputParsers.Coverage(p, t, universe, _demo.Settings.RatingScale, d)),
            Csv("forecasts.csv", [Seed("forecasts.csv")], (p, t, d) => InputParsers.Forecasts(p, t, universe, d)),
            Csv("series.csv", [Seed("series.csv")], (p, t, d) => InputParsers.Series(p, t, d)),
            new("news.jsonl", Seeds("news", "*.jsonl"), bytes => News("news/fuzz.jsonl", bytes)),
            new("news.rss", [.. Seeds("news", "*.rss"), AtomSeed()], bytes => News("news/fuzz.xml", bytes)),
            new("sectorscope.yaml", [Seed("sectorscope.yaml")], bytes => Text("sectorscope.yaml", bytes, (t, d) => SettingsReader.Read(t, d))),
            new("taxonomy.yaml", [Seed("taxonomy.yaml")], bytes => Text("taxonomy.yaml", bytes, (t, d) => TaxonomyReader.Read("taxonomy.yaml", t, universe, _demo.Settings.Sector, d))),
            new("headlines.yaml", [Seed("narrative/headlines.yaml")], bytes => Text("narrative/headlines.yaml", bytes, (t, d) => HeadlineOverrides.Read(t, d))),
            new("history.json", Seeds("history", "*.json"), bytes =>
            {
                var d = new DiagnosticBag();
                HistoryJson.Parse("history/2024-10.json", new ReportPeriod(2024, 10), bytes, _demo.Settings.RatingScale, d);
                return !d.HasErrors;
            }),
            new("report.docx", [DocxSeed()], Docx, (input, seeds) => input.Next(2) == 0 ? MutateInsideDocx(seeds[0], input) : input.For(seeds)),
            new("check:narrative.md", Seeds("narrative", "*.md"), bytes => Check("narrative/market-review.md", bytes, render: false)),
            // Mostly numbers replaced by accepted extremes, so that most inputs get through to the renderers.
            new("report:forecasts.csv", [Seed("forecasts.csv")], bytes => Check("forecasts.csv", bytes, render: true),
                (input, seeds) => input.Next(4) == 0 ? input.For(seeds) : input.MutateValues(seeds[0])),
        ];
    }

    /// <summary>Decodes as the workspace does (strict UTF-8, control characters refused) and parses.</summary>
    private static bool Text(string file, byte[] bytes, Action<string, DiagnosticBag> parse)
    {
        var d = new DiagnosticBag();
        if (!InputText.TryUtf8(bytes, out var text, out _))
        {
            return false;
        }

        DocumentText.CheckLines(file, text, d);
        parse(text, d);
        return !d.HasErrors;
    }

    private bool News(string file, byte[] bytes)
    {
        var d = new DiagnosticBag();
        InputParsers.NewsFile(file, bytes, _demo.Universe, d);
        return !d.HasErrors;
    }

    private bool Docx(byte[] bytes)
    {
        // Half of the time the mutation is applied inside the package, to the document's XML.
        var path = Path.Combine(_scratch, "edited.docx");
        File.WriteAllBytes(path, bytes);
        return !EditedDocx.BodyParagraphs(path).IsRejected;
    }

    /// <summary>check (and with <paramref name="render"/> report to md, json, html, docx, xlsx) on the demo with one file replaced.</summary>
    private bool Check(string relative, byte[] bytes, bool render)
    {
        var path = Path.Combine(_workspace, relative);
        var original = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes);
        try
        {
            var output = Path.Combine(_scratch, "out");
            var rejected = render
                ? ReportPipeline.Run(_workspace, null, null, output, OutputFormat.Markdown | OutputFormat.Json | OutputFormat.Html | OutputFormat.Docx | OutputFormat.Xlsx,
                    gate: FactCheckGate.Force, recordHistory: false).Rejected
                : ReportPipeline.BuildModel(_workspace, null, null).Rejected;
            if (rejected is not null && Environment.GetEnvironmentVariable("FUZZ_DEBUG") is not null)
            {
                Console.Error.WriteLine(string.Join("\n", rejected.Diagnostics.Take(3)));
            }

            return rejected is null;
        }
        finally
        {
            File.WriteAllBytes(path, original);
        }
    }

    /// <summary>A Word report's shape in miniature: paragraphs with runs, a table with prose and a data cell.</summary>
    private static byte[] DocxSeed()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("11月恒生科技指数上涨3.2%，跑赢恒生指数1.1pct。"))),
                new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text("腾讯控股（0700.HK）2024年EPS预测为20.5元，对应PE 18x。")))),
                    new TableCell(new Paragraph(new Run(new Text("18.0")))))),
                new Paragraph(new Run(new Text("风险提示：宏观经济波动。")))));
        }

        return stream.ToArray();
    }

    private static byte[] AtomSeed() => Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>示例</title>
        <entry><title>腾讯发布混元大模型新版本</title><link href="https://example.com/a"/><published>2024-11-05T08:00:00+08:00</published>
        <summary type="html">&lt;p&gt;正文&lt;/p&gt;</summary><category scheme="company" term="0700.HK"/><category term="人工智能"/></entry>
        </feed>
        """);

    /// <summary>The document XML of a .docx mutated in place, so the package stays a valid zip.</summary>
    public static byte[] MutateInsideDocx(byte[] docx, FuzzInput input)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml");
            if (entry is null)
            {
                return docx;
            }

            byte[] xml;
            using (var s = entry.Open())
            using (var m = new MemoryStream())
            {
                s.CopyTo(m);
                xml = m.ToArray();
            }

            entry.Delete();
            using var w = zip.CreateEntry("word/document.xml").Open();
            w.Write(input.Mutate(xml));
        }

        return stream.ToArray();
    }

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }
}
