using Npgsql;
using NpgsqlTypes;
using SectorScope.Workspace;

namespace SectorScope.Store.Postgres;

/// <summary>
/// The typed rows of one market data file, read by the workspace's own parsers (the same checks and
/// <c>file:line: column: reason</c> messages), and written to its table with binary COPY.
/// </summary>
internal sealed class MarketRows
{
    private readonly Action<NpgsqlBinaryImporter, int> _copy;

    private MarketRows(InputKind kind, int count, Action<NpgsqlBinaryImporter, int> copy)
    {
        Kind = kind;
        Count = count;
        _copy = copy;
    }

    public InputKind Kind { get; }

    public int Count { get; }

    private string Table => PostgresSchema.TableOf(Kind);

    /// <summary>The columns COPY fills, in the table's order.</summary>
    private string Columns => Kind switch
    {
        InputKind.Securities => "file_id, code, name, market, currency, sub_sector, name_en, shares_mn",
        InputKind.Indices => "file_id, code, name, market, currency, inception",
        InputKind.Prices => "file_id, line, date, code, close, market_cap_mn",
        InputKind.Valuations => "file_id, line, date, code, pe_ttm",
        _ => "file_id, line, date, from_ccy, to_ccy, rate",
    };

    /// <summary>The columns that identify a row within its file.</summary>
    private string Key => Kind is InputKind.Securities or InputKind.Indices ? "code" : "line";

    public static MarketRows Parse(InputFile file, string text, Universe universe, DiagnosticBag diagnostics)
    {
        var path = file.RelativePath;
        var markets = universe.Securities.Select(s => s.Market).Concat(universe.Indices.Select(i => i.Market)).ToHashSet(StringComparer.Ordinal);
        switch (file.Kind)
        {
            case InputKind.Securities:
                var securities = InputParsers.Securities(path, text, markets, diagnostics);
                return new(file.Kind, securities.Count, (w, id) =>
                {
                    foreach (var s in securities)
                    {
                        w.StartRow();
                        w.Write(id, NpgsqlDbType.Integer);
                        w.Write(s.Code, NpgsqlDbType.Text);
                        w.Write(s.Name, NpgsqlDbType.Text);
                        w.Write(s.Market, NpgsqlDbType.Text);
                        w.Write(s.Currency, NpgsqlDbType.Text);
                        w.Write(s.SubSector, NpgsqlDbType.Text);
                        Nullable(w, s.NameEn);
                        Nullable(w, s.SharesMn);
                    }
                });
            case InputKind.Indices:
                var indices = InputParsers.Indices(path, text, markets, diagnostics);
                return new(file.Kind, indices.Count, (w, id) =>
                {
                    foreach (var i in indices)
                    {
                        w.StartRow();
                        w.Write(id, NpgsqlDbType.Integer);
                        w.Write(i.Code, NpgsqlDbType.Text);
                        w.Write(i.Name, NpgsqlDbType.Text);
                        w.Write(i.Market, NpgsqlDbType.Text);
                        w.Write(i.Currency, NpgsqlDbType.Text);
                        w.Write(i.Inception, NpgsqlDbType.Date);
                    }
                });
            case InputKind.Prices:
                var prices = InputParsers.Prices(path, text, universe, diagnostics);
                return new(file.Kind, prices.Count, (w, id) =>
                {
                    foreach (var p in prices)
                    {
                        w.StartRow();
                        w.Write(id, NpgsqlDbType.Integer);
                        w.Write(p.Source.Line, NpgsqlDbType.Integer);
                        w.Write(p.Date, NpgsqlDbType.Date);
                        w.Write(p.Code, NpgsqlDbType.Text);
                        w.Write(p.Close, NpgsqlDbType.Double);
                        Nullable(w, p.MarketCapMn);
                    }
                });
            case InputKind.Valuations:
                var valuations = InputParsers.Valuations(path, text, universe, diagnostics);
                return new(file.Kind, valuations.Count, (w, id) =>
                {
                    foreach (var v in valuations)
                    {
                        w.StartRow();
                        w.Write(id, NpgsqlDbType.Integer);
                        w.Write(v.Source.Line, NpgsqlDbType.Integer);
                        w.Write(v.Date, NpgsqlDbType.Date);
                        w.Write(v.Code, NpgsqlDbType.Text);
                        w.Write(v.PeTtm, NpgsqlDbType.Double);
                    }
                });
            case InputKind.Fx:
                var fx = InputParsers.Fx(path, text, diagnostics);
                return new(file.Kind, fx.Count, (w, id) =>
                {
                    foreach (var f in fx)
                    {
                        w.StartRow();
                        w.Write(id, NpgsqlDbType.Integer);
                        w.Write(f.Source.Line, NpgsqlDbType.Integer);
                        w.Write(f.Date, NpgsqlDbType.Date);
                        w.Write(f.From, NpgsqlDbType.Text);
                        w.Write(f.To, NpgsqlDbType.Text);
                        w.Write(f.Rate, NpgsqlDbType.Double);
                    }
                });
            default:
                throw new ArgumentOutOfRangeException(nameof(file), file.Kind, "not market data");
        }
    }

    /// <summary>
    /// Writes the rows as file <paramref name="fileId"/>. A new file is copied straight into its table; a file that
    /// replaces a stored version is copied beside it and compared, so that only rows that differ (in any column) are
    /// deleted and inserted: a vendor's one-line correction writes one row. Returns the rows inserted.
    /// </summary>
    public long Write(NpgsqlConnection db, int fileId, bool replacesStored)
    {
        if (!replacesStored)
        {
            Copy(db, Table, fileId);
            return Count;
        }

        Sql.Execute(db, "DROP TABLE IF EXISTS load_stage");
        Sql.Execute(db, $"CREATE TEMP TABLE load_stage (LIKE {Table}) ON COMMIT DROP");
        Copy(db, "load_stage", fileId);
        var sameKey = string.Join(" AND ", Key.Split(", ").Prepend("file_id").Select(c => $"n.{c} = t.{c}"));
        Sql.Execute(db, $"""
            DELETE FROM {Table} t WHERE t.file_id = $1
              AND NOT EXISTS (SELECT 1 FROM load_stage n WHERE {sameKey} AND (n.*) IS NOT DISTINCT FROM (t.*))
            """, fileId);
        var inserted = Sql.Execute(db, $"INSERT INTO {Table} SELECT n.* FROM load_stage n WHERE NOT EXISTS (SELECT 1 FROM {Table} t WHERE {sameKey})");
        Sql.Execute(db, "DROP TABLE load_stage");
        return inserted;
    }

    private void Copy(NpgsqlConnection db, string table, int fileId)
    {
        using var writer = db.BeginBinaryImport($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)");
        _copy(writer, fileId);
        writer.Complete();
    }

    private static void Nullable(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Nullable(NpgsqlBinaryImporter w, double? value)
    {
        if (value is { } v)
        {
            w.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            w.WriteNull();
        }
    }
}
