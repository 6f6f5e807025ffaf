using System.Text;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>What the command says about a written report: its edition, title, period and notices.</summary>
public sealed record ReportSummary(ReportLanguage Language, string Title, string Period, IReadOnlyList<string> Notices);

/// <summary>A report as a finished run wrote it: the workspace it read, what the command said and every file, in the order written.</summary>
/// <param name="Font">The kept chart font's key the charts were drawn with (<see cref="KeptChartFont.KeptKey"/>); null when no chart was drawn.</param>
/// <param name="HistoryFile">The history entry the run wrote, relative to the workspace; null when it recorded none.</param>
internal sealed record KeptReport(InputStamp Stamp, string? Font, ReportSummary Summary, string? HistoryFile, IReadOnlyList<(string Path, byte[] Bytes)> Files);

/// <summary>
/// <see cref="KeptReport"/> as bytes: length-prefixed fields ending with the SHA-256 of everything before it, so a file cut
/// short or changed on disk is never read as a report (<see cref="Read"/> gives null, and the report is computed again).
/// </summary>
internal static class KeptReportFile
{
    /// <summary>Bump when the layout changes: a file of another version is not read.</summary>
    private const string Magic = "sectorscope-report-1";

    public static byte[] Write(KeptReport report, string key)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(key);
            var stamp = report.Stamp;
            Optional(w, stamp.Named.Disclaimer);
            Optional(w, stamp.Named.WordTemplate);
            Optional(w, stamp.Named.NewsTaxonomy);
            Files(w, stamp.Inputs);
            Files(w, stamp.History);
            Files(w, stamp.Store is null ? [] : [stamp.Store]);
            Files(w, stamp.StoreLog is null ? [] : [stamp.StoreLog]);
            Optional(w, report.Font);
            w.Write(report.Summary.Language.Tag());
            w.Write(report.Summary.Title);
            w.Write(report.Summary.Period);
            w.Write(report.Summary.Notices.Count);
            foreach (var notice in report.Summary.Notices)
            {
                w.Write(notice);
            }

            Optional(w, report.HistoryFile);
            w.Write(report.Files.Count);
            foreach (var (path, bytes) in report.Files)
            {
                w.Write(path);
                w.Write(bytes.Length);
                w.Write(bytes);
            }
        }

        return SealedBytes.Seal(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>The report kept under <paramref name="key"/>, or null when the bytes are not one whole, undamaged file of this version and key.</summary>
    public static KeptReport? Read(byte[] bytes, string key)
    {
        if (SealedBytes.ContentLength(bytes) is not { } contentLength)
        {
            return null;
        }

        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, 0, contentLength), Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadString() != key)
            {
                return null;
            }

            var named = new NamedFiles(Optional(r), Optional(r), Optional(r));
            var stamp = new InputStamp(named, Files(r), Files(r), Files(r).SingleOrDefault(), Files(r).SingleOrDefault());
            var font = Optional(r);
            if (!ReportLanguages.TryParse(r.ReadString(), out var language))
            {
                return null;
            }

            var summary = new ReportSummary(language, r.ReadString(), r.ReadString(), [.. Enumerable.Range(0, Count(r)).Select(_ => r.ReadString())]);
            var history = Optional(r);
            var files = new List<(string, byte[])>();
            for (int i = Count(r); i > 0; i--)
            {
                var path = r.ReadString();
                var length = Count(r);
                var content = r.ReadBytes(length);
                if (content.Length != length)
                {
                    return null;
                }

                files.Add((path, content));
            }

            return r.BaseStream.Position == r.BaseStream.Length ? new KeptReport(stamp, font, summary, history, files) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static void Optional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static string? Optional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void Files(BinaryWriter w, IReadOnlyList<StampedFile> files)
    {
        w.Write(files.Count);
        foreach (var f in files)
        {
            w.Write(f.Path);
            w.Write(f.Length);
            w.Write(f.Ticks);
            w.Write(f.Sha256);
        }
    }

    private static List<StampedFile> Files(BinaryReader r) =>
        [.. Enumerable.Range(0, Count(r)).Select(_ => new StampedFile(r.ReadString(), r.ReadInt64(), r.ReadInt64(), r.ReadString()))];

    /// <summary>A count or length, never negative (a damaged one is refused before anything is allocated for it).</summary>
    private static int Count(BinaryReader r) => r.ReadInt32() is var n and >= 0 && n <= r.BaseStream.Length ? n : throw new FormatException("bad count");
}
