using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Store;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Store;

/// <summary>
/// A stored price file edited in place is re-read by its changed blocks only when that is safe; whichever way it is read,
/// the store ends exactly as a full rebuild from the same files leaves it, and a bad edit gets the full ingest's messages
/// with the store left as it was.
/// </summary>
public sealed class PricePatchTests
{
    private const string File = "prices/big.csv";
    private static readonly string[] Codes = ["0001.HK", "0002.HK", "HKI"];

    /// <summary>Three rows a day from 2000-01-03: 12,000 rows, three data blocks.</summary>
    private static List<string> BaseRows() =>
        [.. Enumerable.Range(0, 4000).SelectMany(d => Codes.Select((c, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{InputDates.Format(new DateOnly(2000, 1, 3).AddDays(d))},{c},{10 + (d % 97) + (i * 0.25)}")))];

    private static void WriteRows(TestWorkspace ws, IEnumerable<string> rows) => ws.Write(File, "date,code,close\n" + string.Join("\n", rows) + "\n");

    private static Outcome<(WorkspaceStore Store, IngestResult Result)> Ingest(TestWorkspace ws, bool rebuild = false) =>
        StoreIngester.Ingest(WorkspaceReader.Open(ws.Root).Value, rebuild);

    private static IngestResult Ingested(TestWorkspace ws, bool rebuild = false) => IngestedStore.Update(ws.Root, rebuild);

    /// <summary>Every price row with its file and line, and every month end: what a rebuild must reproduce.</summary>
    private static List<string> Stored(TestWorkspace ws) => IngestedStore.Rows(ws.Root, $"""
        SELECT {IngestedStore.PriceRow} FROM prices p JOIN input_files f USING (file_id)
        UNION ALL SELECT 'month end ' || market || ' ' || strftime(date, '%Y-%m-%d') FROM month_ends
        UNION ALL SELECT 'file ' || path || ' ' || sha256 || ' ' || rows FROM input_files
        ORDER BY 1
        """);

    [Fact]
    public void A_corrected_close_re_reads_its_block_only_and_leaves_the_rows_of_a_rebuild()
    {
        using var ws = new TestWorkspace();
        var rows = BaseRows();
        WriteRows(ws, rows);
        Ingested(ws);
        rows[5000] = rows[5000].Replace(",10", ",11", StringComparison.Ordinal) + "5";
        WriteRows(ws, rows);

        var result = Ingested(ws);
        Assert.Equal([File], result.Patched);
        Assert.Equal(FileBlocks.LinesPerBlock, result.RowsWritten);
        var patched = Stored(ws);
        Assert.Contains(patched, r => r.StartsWith($"{File}:5002 ", StringComparison.Ordinal) && r.EndsWith("5 -", StringComparison.Ordinal));

        Ingested(ws, rebuild: true);
        Assert.Equal(Stored(ws), patched);
    }

    /// <summary>
    /// Ingests the price file, edits it, and asserts that the ingest after the edit is refused with the store as it was and
    /// the messages a full ingest of the edited file gives; returns those.
    /// </summary>
    private static IReadOnlyList<Diagnostic> RefusedAsAFullIngestRefuses(Action<List<string>> edit)
    {
        using var ws = new TestWorkspace();
        var rows = BaseRows();
        WriteRows(ws, rows);
        Ingested(ws);
        var before = ws.StoreFingerprint();
        edit(rows);
        WriteRows(ws, rows);

        var incremental = Ingest(ws).Refused();
        Assert.Equal(before, ws.StoreFingerprint());
        Directory.Delete(Path.Combine(ws.Root, ".sectorscope"), recursive: true);
        Assert.Equal(Ingest(ws).Refused().Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        return incremental.Diagnostics;
    }

    [Fact]
    public void A_key_repeated_against_an_unchanged_block_gets_the_full_ingests_message() =>
        Assert.Contains(RefusedAsAFullIngestRefuses(rows => rows[11000] = rows[10].Split(',')[0] + "," + rows[10].Split(',')[1] + ",12"), d => d.Line == 11002);

    /// <summary>
    /// Zero bytes put before a block's first line, which a CRC starting from zero would not see by the bytes alone: the block is
    /// read again, and the file refused as a full read refuses it.
    /// </summary>
    [Fact]
    public void A_nul_byte_before_the_first_line_of_a_block_is_seen() =>
        Assert.Contains(RefusedAsAFullIngestRefuses(rows => rows[FileBlocks.LinesPerBlock] = "\0\0" + rows[FileBlocks.LinesPerBlock]),
            d => d.Line == FileBlocks.LinesPerBlock + 2);

    /// <summary>An edit of the price file: (kind, position, value) applied to its rows.</summary>
    private static void Edit(List<string> rows, int kind, int at, int value, ref int fresh)
    {
        at %= rows.Count;
        var parts = rows[at].Split(',');
        switch (kind)
        {
            case 0: // a corrected close
                rows[at] = string.Create(CultureInfo.InvariantCulture, $"{parts[0]},{parts[1]},{value / 7.0 + 1:R}");
                break;
            case 1: // a line inserted (a day before the history, so its key is new)
                rows.Insert(at, $"{InputDates.Format(new DateOnly(1999, 1, 1).AddDays(fresh++))},HKI,{value + 1}");
                break;
            case 2: // a line deleted
                rows.RemoveAt(at);
                break;
            case 3: // rows appended
                int first = fresh;
                fresh += 1 + (value % 50);
                rows.AddRange(Enumerable.Range(0, 1 + (value % 50)).Select(i => $"{InputDates.Format(new DateOnly(2012, 1, 1).AddDays(first + i))},0001.HK,{i + 1}"));
                break;
            case 4: // a bad value
                rows[at] = $"{parts[0]},{parts[1]},{(value % 3 == 0 ? "-1" : value % 3 == 1 ? "abc" : "")}";
                break;
            case 5: // a key repeated from elsewhere in the file
                var other = rows[value % rows.Count].Split(',');
                rows[at] = $"{other[0]},{other[1]},{value + 1}";
                break;
            case 6: // a NUL byte before the line
                rows[at] = "\0" + rows[at];
                break;
            default: // an unknown code
                rows[at] = $"{parts[0]},ZZZ.HK,{parts[2]}";
                break;
        }
    }

    /// <summary>
    /// For random edits (corrected values, inserted, deleted and appended lines, bad values, repeated keys, unknown codes) of the
    /// stored file, the incremental ingest either leaves exactly the store of a full rebuild or refuses with the full ingest's
    /// messages and leaves the store as it was.
    /// </summary>
    [Trait("Category", "Slow")]
    [Property(MaxTest = 20, Replay = "(20261130,5171)")]
    public Property An_incremental_ingest_after_any_edit_equals_a_full_rebuild() => Prop.ForAll(
        // Kinds 0-3 are corrected closes (the common case), 4-10 the other edits in turn.
        Gen.Choose(0, 10).SelectMany(k => Gen.Choose(0, 20_000).SelectMany(at => Gen.Choose(0, 100_000).Select(v => (Kind: Math.Max(0, k - 3), At: at, Value: v))))
            .ListOf().Where(e => e.Count is >= 1 and <= 3).Select(e => e.ToArray())
            .ToArbitrary(),
        edits =>
        {
            using var ws = new TestWorkspace();
            var rows = BaseRows();
            WriteRows(ws, rows);
            Ingested(ws);
            var before = Stored(ws);
            int fresh = 0;
            foreach (var (kind, at, value) in edits)
            {
                Edit(rows, kind, at, value, ref fresh);
            }

            WriteRows(ws, rows);
            var incremental = Ingest(ws);
            IReadOnlyList<string> incrementalView;
            bool patched = incremental.Rejected is null && incremental.Value.Result.Patched.Count > 0;
            if (incremental.Rejected is { } refused)
            {
                incrementalView = [.. refused.Lines(), .. (Stored(ws).SequenceEqual(before) ? [] : new[] { "store changed" })];
            }
            else
            {
                incremental.Value.Store.Dispose();
                incrementalView = Stored(ws);
            }

            Directory.Delete(Path.Combine(ws.Root, ".sectorscope"), recursive: true);
            var full = Ingest(ws);
            IReadOnlyList<string> fullView;
            if (full.Rejected is { } fullRefused)
            {
                fullView = fullRefused.Lines();
            }
            else
            {
                full.Value.Store.Dispose();
                fullView = Stored(ws);
            }

            return incrementalView.SequenceEqual(fullView).Classify(patched, "re-read by blocks").Classify(full.Rejected is not null, "refused").Label(
                $"edits {string.Join("; ", edits)}\nincremental: {string.Join(" | ", incrementalView.Take(5))}\nfull: {string.Join(" | ", fullView.Take(5))}");
        });
}
