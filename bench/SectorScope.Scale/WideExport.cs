using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SectorScope.Scale;

/// <summary>
/// <c>wide --workspace WS --out FILE.xlsx|FILE.csv</c>: the workspace's prices as a terminal's wide export,
/// for timing <c>sectorscope import</c>: a name row, a code row (Hong Kong codes in the five-digit vendor
/// form, 01000.HK), a unit row, one row per date of any market with "--" where a code has no close, and a
/// vendor note below. The .xlsx is written with the OpenXml SDK's streaming writer, dates as Excel dates.
/// </summary>
internal static class WideExport
{
    public static (int Dates, int Codes) Write(string workspace, string output)
    {
        var names = File.ReadLines(Path.Combine(workspace, "securities.csv")).Skip(1).Select(l => l.Split(','))
            .Concat(File.ReadLines(Path.Combine(workspace, "indices.csv")).Skip(1).Select(l => l.Split(',')))
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var codes = names.Keys.Order(StringComparer.Ordinal).ToArray();
        var column = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var byDate = new SortedDictionary<DateOnly, double[]>();
        foreach (var file in Directory.GetFiles(Path.Combine(workspace, "prices"), "*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var f = line.Split(',');
                var date = DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (!byDate.TryGetValue(date, out var row))
                {
                    byDate[date] = row = Enumerable.Repeat(double.NaN, codes.Length).ToArray();
                }

                row[column[f[1]]] = double.Parse(f[2], CultureInfo.InvariantCulture);
            }
        }

        var vendor = codes.Select(c => c.EndsWith(".HK", StringComparison.Ordinal) ? c.PadLeft(8, '0') : c).ToArray();
        if (output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            WriteXlsx(output, codes.Select(c => names[c]).ToArray(), vendor, byDate);
        }
        else
        {
            WriteCsv(output, codes.Select(c => names[c]).ToArray(), vendor, byDate);
        }

        return (byDate.Count, codes.Length);
    }

    private static void WriteCsv(string output, string[] names, string[] codes, SortedDictionary<DateOnly, double[]> rows)
    {
        using var w = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        w.WriteLine("证券名称," + string.Join(',', names));
        w.WriteLine("证券代码," + string.Join(',', codes));
        w.WriteLine("单位," + string.Join(',', Enumerable.Repeat("元", codes.Length)));
        foreach (var (date, values) in rows)
        {
            w.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (var v in values)
            {
                w.Write(',');
                w.Write(double.IsNaN(v) ? "--" : v.ToString("R", CultureInfo.InvariantCulture));
            }

            w.WriteLine();
        }

        w.WriteLine();
        w.WriteLine("数据来源：合成行情（bench/SectorScope.Scale）");
    }

    private static void WriteXlsx(string output, string[] names, string[] codes, SortedDictionary<DateOnly, double[]> rows)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var book = doc.AddWorkbookPart();
        book.Workbook = new Workbook(new Sheets(new Sheet { Id = "rSheet", SheetId = 1, Name = "收盘价" }));
        var styles = book.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()), new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()), new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var sheet = book.AddNewPart<WorksheetPart>("rSheet");
        using (var w = OpenXmlWriter.Create(sheet))
        {
            w.WriteStartElement(new Worksheet());
            w.WriteStartElement(new SheetData());
            Text(w, ["证券名称", .. names]);
            Text(w, ["证券代码", .. codes]);
            Text(w, ["单位", .. Enumerable.Repeat("元", codes.Length)]);
            foreach (var (date, values) in rows)
            {
                w.WriteStartElement(new Row());
                w.WriteElement(new Cell { StyleIndex = 1, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) });
                foreach (var v in values)
                {
                    w.WriteElement(double.IsNaN(v) ? new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text("--")) } : new Cell { CellValue = new CellValue(v) });
                }

                w.WriteEndElement();
            }

            Text(w, []);
            Text(w, ["数据来源：合成行情（bench/SectorScope.Scale）"]);
            w.WriteEndElement();
            w.WriteEndElement();
        }
    }

    private static void Text(OpenXmlWriter w, IEnumerable<string> cells)
    {
        w.WriteStartElement(new Row());
        foreach (var c in cells)
        {
            w.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c)) });
        }

        w.WriteEndElement();
    }
}
