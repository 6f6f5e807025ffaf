using DuckDB.NET.Data;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>The typed rows of one input file, ready to append to its table.</summary>
internal sealed class ParsedInput
{
    private readonly Func<DuckDBConnection, int, long> _append;

    private ParsedInput(int count, Func<DuckDBConnection, int, long> append, string encoding = InputText.Utf8)
    {
        Count = count;
        _append = append;
        Encoding = encoding;
    }

    public int Count { get; }

    /// <summary>The encoding the file was read in (news files may be GB18030; all others are UTF-8).</summary>
    public string Encoding { get; }

    public long Append(DuckDBConnection db, int fileId) => _append(db, fileId);

    public static ParsedInput Parse(InputFile file, string text, WorkspaceInputs inputs, DiagnosticBag diagnostics)
    {
        var path = file.RelativePath;
        var markets = inputs.Settings.Markets.Select(m => m.Market).ToHashSet(StringComparer.Ordinal);
        return file.Kind switch
        {
            InputKind.Securities => Of(InputParsers.Securities(path, text, markets, diagnostics), "securities", (row, _, s) =>
                row.AppendValue(0).AppendValue(s.Code).AppendValue(s.Name).AppendValue(s.Market).AppendValue(s.Currency)
                   .AppendValue(s.SubSector).AppendValue(s.NameEn).AppendValue(s.SharesMn)),
            InputKind.Indices => Of(InputParsers.Indices(path, text, markets, diagnostics), "indices", (row, _, i) =>
                row.AppendValue(0).AppendValue(i.Code).AppendValue(i.Name).AppendValue(i.Market).AppendValue(i.Currency).AppendValue(i.Inception)),
            InputKind.Prices => Of(InputParsers.Prices(path, text, inputs.Universe, diagnostics), "prices", (row, id, p) =>
                row.AppendValue(id).AppendValue(p.Source.Line).AppendValue(p.Date).AppendValue(p.Code).AppendValue(p.Close).AppendValue(p.MarketCapMn)),
            InputKind.Valuations => Of(InputParsers.Valuations(path, text, inputs.Universe, diagnostics), "valuations", (row, _, v) =>
                row.AppendValue(v.Source.Line).AppendValue(v.Date).AppendValue(v.Code).AppendValue(v.PeTtm)),
            InputKind.Fx => Of(InputParsers.Fx(path, text, diagnostics), "fx", (row, _, f) =>
                row.AppendValue(f.Source.Line).AppendValue(f.Date).AppendValue(f.From).AppendValue(f.To).AppendValue(f.Rate)),
            InputKind.Coverage => Of(InputParsers.Coverage(path, text, inputs.Universe, inputs.Settings.RatingScale, diagnostics), "coverage", (row, _, c) =>
                row.AppendValue(c.Source.Line).AppendValue(c.Code).AppendValue(c.Rating).AppendValue(c.TargetPrice).AppendValue(c.RatingDate)),
            InputKind.Forecasts => Of(InputParsers.Forecasts(path, text, inputs.Universe, diagnostics), "forecasts", (row, _, f) =>
                row.AppendValue(f.Source.Line).AppendValue(f.Code).AppendValue(f.Year).AppendValue(f.Eps).AppendValue(f.Currency).AppendValue(f.AdjNetProfitMn)),
            InputKind.Series => Of(InputParsers.Series(path, text, diagnostics), "series", (row, _, s) =>
                row.AppendValue(s.Source.Line).AppendValue(s.Date).AppendValue(s.Series).AppendValue(s.Value).AppendValue(s.Unit)),
            _ => throw new ArgumentOutOfRangeException(nameof(file), file.Kind, "not a stored input (news files are parsed from bytes)"),
        };
    }

    /// <summary>A news file (JSON lines, RSS or Atom) from its bytes, so that its encoding can be detected.</summary>
    public static ParsedInput ParseNews(InputFile file, byte[] bytes, WorkspaceInputs inputs, DiagnosticBag diagnostics)
    {
        var (items, encoding) = InputParsers.NewsFile(file.RelativePath, bytes, inputs.Universe, diagnostics);
        var parsed = Of(items, "news", (row, id, n) =>
            row.AppendValue(id).AppendValue(n.Origin.Line).AppendValue(n.Date).AppendValue(n.Source).AppendValue(n.Title)
               .AppendValue(n.Body).AppendValue(n.Url).AppendValue(n.Companies.ToList()).AppendValue(n.Tags.ToList()));
        return new ParsedInput(parsed.Count, parsed._append, encoding ?? InputText.Utf8);
    }

    private static ParsedInput Of<T>(IReadOnlyList<T> rows, string table, Func<IDuckDBAppenderRow, int, T, IDuckDBAppenderRow> fill) =>
        new(rows.Count, (db, id) =>
        {
            using var appender = db.CreateAppender(table);
            foreach (var r in rows)
            {
                fill(appender.CreateRow(), id, r).EndRow();
            }

            return rows.Count;
        });
}
