using System.Text;
using DuckDB.NET.Data;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>
/// A stored price file that changed in a few of its blocks (<see cref="FileBlock"/>): only those blocks are read again, by the
/// line parser, and only their rows that differ are deleted and inserted. Rows of unchanged blocks keep their lines, as blocks
/// hold a fixed number of lines; a line inserted or removed changes every later block, and a file whose header or most of
/// whose blocks changed is read whole instead. Anything the line parser would report in a changed block (or a key repeated
/// against an unchanged row, found after the rows are written) sends the file back to the full read, which lists every
/// problem with its line: a message never depends on which path read the file.
/// </summary>
internal sealed class PricePatch
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly (int First, int Lines)[] _replaced;
    private readonly List<PriceRow> _rows;

    private PricePatch(DigestedFile file, int id, (int First, int Lines)[] replaced, List<PriceRow> rows)
    {
        File = file;
        Id = id;
        _replaced = replaced;
        _rows = rows;
    }

    public DigestedFile File { get; }

    public int Id { get; }

    /// <summary>The rows read again.</summary>
    public int RowsRead => _rows.Count;

    /// <summary>The patch for a stored price file from its changed blocks; null when it must be read whole.</summary>
    public static PricePatch? Plan(DuckDBConnection db, string root, DigestedFile file, int id, Universe universe)
    {
        var now = file.Digest.Blocks;
        if (now.Count < 2)
        {
            return null;
        }

        var stored = Sql.Query(db, "SELECT first_line, lines, hash FROM price_blocks WHERE file_id = ? ORDER BY first_line",
            r => (First: r.GetInt32(0), Lines: r.GetInt32(1), Hash: r.GetString(2)), id).ToArray();
        if (stored.Length < 2 || stored[0].Hash != now[0].Hash)
        {
            return null;
        }

        bool Same(int i) => i < stored.Length && i < now.Count && stored[i].Hash == now[i].Hash && stored[i].Lines == now[i].Lines;
        var changed = Enumerable.Range(0, Math.Max(stored.Length, now.Count)).Where(i => !Same(i)).ToArray();
        // Worth it only while most data blocks are kept (DuckDB reads a whole file faster than the line parser reads half of it).
        if (changed.Length * 2 > Math.Max(stored.Length, now.Count) - 1)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        if (InputBytes.Check(root, file.File.RelativePath, InputLimits.For(file.File.Kind), diagnostics) is not { } path)
        {
            return null;
        }

        var rows = new List<PriceRow>();
        using var handle = System.IO.File.OpenHandle(path);
        foreach (var block in changed.Where(i => i < now.Count).Select(i => now[i]))
        {
            var bytes = new byte[block.Length];
            if (RandomAccess.Read(handle, bytes, block.Offset) != bytes.Length)
            {
                return null;
            }

            string text;
            try
            {
                text = file.Digest.HeaderLine + "\n" + StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }

            DocumentText.CheckLines(file.File.RelativePath, text, diagnostics);
            var parsed = InputParsers.Prices(file.File.RelativePath, text, universe, diagnostics);
            if (diagnostics.HasErrors || parsed.Count != block.Lines)
            {
                return null;
            }

            // Line 2 of the block's text is the block's first line in the file.
            rows.AddRange(parsed.Select(p => p with { Source = p.Source with { Line = p.Source.Line - 2 + block.FirstLine } }));
        }

        return new PricePatch(file, id, [.. changed.Where(i => i < stored.Length).Select(i => (stored[i].First, stored[i].Lines))], rows);
    }

    /// <summary>
    /// Writes the rows that differ, inside the ingest's transaction. Returns the range of dates whose rows changed (null when
    /// none did), and false when a key of the new rows is now repeated in the file or disagrees with another file (the
    /// transaction must then be rolled back and the file read whole, whose checks say where).
    /// </summary>
    public (bool Clean, (DateOnly From, DateOnly To)? Dates) Apply(DuckDBConnection db)
    {
        Sql.Execute(db, "CREATE OR REPLACE TEMP TABLE price_patch(line INTEGER, date DATE, code VARCHAR, close DOUBLE, market_cap_mn DOUBLE)");
        using (var appender = db.CreateAppender("price_patch"))
        {
            foreach (var r in _rows)
            {
                appender.CreateRow().AppendValue(r.Source.Line).AppendValue(r.Date).AppendValue(r.Code).AppendValue(r.Close).AppendValue(r.MarketCapMn).EndRow();
            }
        }

        var lines = _replaced.Length == 0 ? "false" : string.Join(" OR ", _replaced.Select(b => $"line BETWEEN {b.First} AND {b.First + b.Lines - 1}"));
        Sql.Execute(db, $"""
            CREATE OR REPLACE TEMP TABLE price_diff AS
            SELECT o.line AS old_line, o.date AS old_date, n.*
            FROM (SELECT line, date, code, close, market_cap_mn FROM prices WHERE file_id = {Id} AND ({lines})) o
            FULL OUTER JOIN price_patch n ON o.line = n.line
            WHERE o.line IS NULL OR n.line IS NULL OR o.date <> n.date OR o.code <> n.code OR o.close <> n.close
               OR o.market_cap_mn IS DISTINCT FROM n.market_cap_mn
            """);
        Sql.Execute(db, $"DELETE FROM prices WHERE file_id = {Id} AND line IN (SELECT old_line FROM price_diff WHERE old_line IS NOT NULL)");
        Sql.Execute(db, $"INSERT INTO prices SELECT {Id}, line, date, code, close, market_cap_mn FROM price_diff WHERE line IS NOT NULL");
        (DateOnly From, DateOnly To)? dates = Sql.Query(db, "SELECT least(min(old_date), min(date)), greatest(max(old_date), max(date)) FROM price_diff",
            r => r.IsDBNull(0) ? ((DateOnly, DateOnly)?)null : (r.Date(0), r.Date(1))).Single();
        var repeated = Sql.Scalar(db, $"""
            SELECT count(*) FROM prices p JOIN price_patch n ON p.date = n.date AND p.code = n.code AND p.line <> n.line WHERE p.file_id = {Id}
            """);
        // The rows kept were checked against the other files before; the rows written now are checked here, only where their dates are.
        var conflicting = dates is not { } d ? 0L : Sql.Scalar(db, $"""
            SELECT count(*) FROM prices a JOIN price_diff n ON a.code = n.code AND a.date = n.date
            WHERE n.line IS NOT NULL AND a.file_id <> {Id} AND a.date BETWEEN ? AND ?
              AND (a.close <> n.close OR coalesce(a.market_cap_mn, -1) <> coalesce(n.market_cap_mn, -1))
            """, d.From, d.To);
        Sql.Execute(db, "DROP TABLE price_diff");
        Sql.Execute(db, "DROP TABLE price_patch");
        Sql.Execute(db, "UPDATE input_files SET sha256 = ?, rows = ?, size = ?, mtime = ? WHERE file_id = ?",
            File.Sha256, File.Digest.DataRows, File.Stat.Length, File.Stat.LastWriteTicks, Id);
        RecordBlocks(db, Id, File.Digest);
        return (repeated is 0L && conflicting is 0L, dates);
    }

    /// <summary>Keeps a price file's blocks (replacing those kept before), so that its next correction re-reads only what changed.</summary>
    public static void RecordBlocks(DuckDBConnection db, int id, FileDigest digest)
    {
        Sql.Execute(db, "DELETE FROM price_blocks WHERE file_id = ?", id);
        using var appender = db.CreateAppender("price_blocks");
        foreach (var b in digest.Blocks)
        {
            appender.CreateRow().AppendValue(id).AppendValue(b.FirstLine).AppendValue(b.Lines).AppendValue(b.Hash).EndRow();
        }
    }
}
