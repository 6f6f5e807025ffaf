using System.Diagnostics;
using System.Text;
using SectorScope.Rendering.Charts;
using SectorScope.Rendering.Csv;
using SectorScope.Rendering.Json;
using SectorScope.Rendering.Layout;
using SectorScope.Rendering.Output;
using SectorScope.Rendering.Pdf;
using SectorScope.Rendering.Xlsx;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>
/// Writes the chosen formats of one report model into a staged output folder, timing each format.
/// Charts are drawn once and shared by Markdown, HTML and Word; the PDF is LibreOffice's rendering of the Word file.
/// </summary>
internal sealed class DocumentWriter(OutputFolder folder, WorkspaceInputs inputs, Action<string>? progress)
{
    private readonly List<(string Path, byte[] Bytes)> _outputs = [];
    private readonly List<StepTiming> _timings = [];

    public IReadOnlyList<(string Path, byte[] Bytes)> Outputs => _outputs;

    public IReadOnlyList<StepTiming> Timings => _timings;

    /// <returns>Null when every format was written; the rejection of a broken Word template otherwise.</returns>
    public Rejection? Write(ReportModel model, OutputFormat formats)
    {
        var charts = NeedsCharts(formats) ? Timed("charts", "绘制图表", () => DrawCharts(model)) : [];
        if (formats.HasFlag(OutputFormat.Json))
        {
            Timed("json", null, () => Text("report.json", ReportJson.Serialize(model)));
        }

        foreach (var table in model.DataTables)
        {
            Text($"tables/{table.Name}.csv", CsvTableWriter.Write(table));
        }

        if (formats.HasFlag(OutputFormat.Xlsx))
        {
            Timed("xlsx", null, () => Bytes("tables.xlsx", XlsxRenderer.Render(model)));
        }

        // The document is laid out once; each format in the registry maps it. The PDF is LibreOffice's rendering of the Word file.
        var document = DocumentLayout.Lay(model);
        foreach (var renderer in DocumentFormats.All)
        {
            var format = OutputFormats.Names[renderer.Format];
            var forPdf = format == OutputFormat.Docx && formats.HasFlag(OutputFormat.Pdf);
            if (!formats.HasFlag(format) && !forPdf)
            {
                continue;
            }

            var rendered = Timed(renderer.Format, format == OutputFormat.Docx ? "写出 Word" : null, () => Render(renderer, document, charts));
            if (rendered.Rejected is { } rejected)
            {
                return rejected;
            }

            var bytes = rendered.Value;
            if (formats.HasFlag(format))
            {
                Bytes(renderer.FileName, bytes);
            }

            if (forPdf)
            {
                Timed("pdf", "转换 PDF", () => ConvertPdf(bytes));
            }
        }

        return null;
    }

    internal static bool NeedsCharts(OutputFormat formats) =>
        (formats & (OutputFormat.Markdown | OutputFormat.Html | OutputFormat.Docx | OutputFormat.Pdf)) != 0;

    private Dictionary<string, RenderedChart> DrawCharts(ReportModel model)
    {
        var font = KeptChartFont.Locate(inputs.Root, Wording.For(model.Language));
        var charts = new Dictionary<string, RenderedChart>(StringComparer.Ordinal);
        var cache = ChartCache.For(inputs.Root);
        int n = model.Figures.Count;
        var keys = model.Figures.Select(f => ChartCache.Key(f, model.Header, font)).ToArray();
        var cached = model.Figures.Select((f, i) => cache.Find(keys[i], f.FileStem)).ToArray();
        // Every PNG and SVG still to draw is drawn from its own plot, in parallel; files are written in figure order.
        var png = new byte[n][];
        var svg = new string[n];
        Parallel.For(0, 2 * n, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (cached[i % n] is not null)
            {
                return;
            }

            if (i < n)
            {
                png[i] = ChartRenderer.Png(model.Figures[i], model.Header, font);
            }
            else
            {
                svg[i - n] = ChartRenderer.Svg(model.Figures[i - n], model.Header, font);
            }
        });
        for (int i = 0; i < n; i++)
        {
            var figure = model.Figures[i];
            var chart = cached[i] ?? new RenderedChart(figure.FileStem, png[i], svg[i]);
            if (cached[i] is null)
            {
                cache.Keep(keys[i], chart);
            }

            Bytes($"charts/{chart.FileStem}.png", chart.Png);
            Text($"charts/{chart.FileStem}.svg", chart.Svg);
            charts.Add(figure.Id, chart);
        }

        return charts;
    }

    /// <summary>One format of the document, with the firm's Word template if the workspace has one; a broken template is the user's input error.</summary>
    private Outcome<byte[]> Render(IDocumentRenderer renderer, ReportDocument document, Dictionary<string, RenderedChart> charts)
    {
        var template = inputs.Files.FirstOrDefault(f => f.File.Kind == InputKind.WordTemplate)?.File;
        var templateBytes = template is null ? null : File.ReadAllBytes(template.FullPath(inputs.Root));
        try
        {
            return renderer.Render(document, charts, templateBytes);
        }
        catch (InvalidDataException e) when (template is not null)
        {
            return new Rejection([new Diagnostic(template.RelativePath, 1, "word_template", e.Message)]);
        }
    }

    private void ConvertPdf(byte[] docx)
    {
        // LibreOffice reads the Word file from disk: a scratch copy keeps a docx-less run's folder clean.
        var pdfPath = folder.PathOf("report.pdf");
        PdfConverter.Convert(docx, pdfPath);
        folder.Written.Add("report.pdf");
        _outputs.Add(("report.pdf", File.ReadAllBytes(pdfPath)));
    }

    private void Text(string path, string text) => Bytes(path, new UTF8Encoding(false).GetBytes(text));

    private void Bytes(string path, byte[] bytes)
    {
        folder.WriteBytes(path, bytes);
        _outputs.Add((path, bytes));
    }

    private void Timed(string step, string? label, Action work) => Timed(step, label, () =>
    {
        work();
        return 0;
    });

    private T Timed<T>(string step, string? label, Func<T> work)
    {
        if (label is not null)
        {
            progress?.Invoke(label);
        }

        var clock = Stopwatch.StartNew();
        var result = work();
        _timings.Add(new StepTiming(step, clock.Elapsed));
        return result;
    }
}
