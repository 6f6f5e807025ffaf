using System.Globalization;
using System.Text;

namespace SectorScope.Scale;

/// <summary>How a vendor lays out its price rows (<c>--shape</c>).</summary>
internal enum PriceShape
{
    /// <summary>One file per market per year (<c>prices/HK-2024.csv</c>), rows by date then code: a daily export.</summary>
    MarketYear,

    /// <summary>One file, each security's whole history in turn (<c>prices/prices.csv</c>): a dump per security.</summary>
    ByCode,

    /// <summary>One file of every market, rows by date (<c>prices/prices.csv</c>): a history export of the whole universe.</summary>
    ByDate,
}

/// <summary>
/// Price rows <c>date,code,close,volume</c>. Each instrument's log return is its beta times the market's daily
/// move plus its own noise; closes have four decimals, index levels two. Every shape holds the same rows with
/// the same values: each instrument draws from its own random stream, and the market's moves are drawn first.
/// </summary>
internal static class PriceFiles
{
    public const string Header = "date,code,close,volume";

    /// <summary>Writes one market's rows: per year for <see cref="PriceShape.MarketYear"/> and <see cref="PriceShape.ByDate"/>
    /// (merged later), instrument by instrument into <paramref name="byCodePart"/> for <see cref="PriceShape.ByCode"/>.</summary>
    public static long Write(ScaleSpec spec, string output, string market, List<DateOnly> days, Instrument[] instruments, PriceShape shape, string byCodePart)
    {
        var factor = new SplitMix(Instruments.Hash(spec.Seed, Array.IndexOf(Calendars.Markets, market), 23));
        var moves = days.Select(_ => (0.0002 + (0.012 * factor.NextGaussian())) * 0.8).ToArray();
        var dates = days.Select(d => Encoding.ASCII.GetBytes(ScaleWorkspace.Date(d) + ",")).ToArray();
        long rows = 0;
        if (shape == PriceShape.ByCode)
        {
            using var sink = new CsvSink(byCodePart, "");
            foreach (var i in instruments)
            {
                for (int d = 0; d < days.Count; d++)
                {
                    rows += Step(i, days[d], dates[d], moves[d], sink);
                }
            }

            return rows;
        }

        int start = 0;
        foreach (var year in days.GroupBy(d => d.Year))
        {
            using var sink = new CsvSink(Path.Combine(output, "prices", $"{market}-{year.Key.ToString(CultureInfo.InvariantCulture)}.csv"), Header);
            for (int d = start; d < start + year.Count(); d++)
            {
                foreach (var i in instruments)
                {
                    rows += Step(i, days[d], dates[d], moves[d], sink);
                }
            }

            start += year.Count();
        }

        return rows;
    }

    /// <summary>One instrument's next day: its level moves every calendar trading day, a row is written when it trades.</summary>
    private static int Step(Instrument i, DateOnly day, byte[] date, double move, CsvSink sink)
    {
        var rng = new SplitMix(i.State);
        double r = i.IsIndex ? move + (i.Volatility * rng.NextGaussian()) : (i.Beta * move) + (i.Volatility * rng.NextGaussian());
        i.Level = Math.Max(0.05, i.Level * Math.Exp(r));
        long volume = i.IsIndex ? 0 : 1000 + (long)(rng.NextDouble() * 5_000_000);
        i.State = rng.State;
        if (!i.Trades(day))
        {
            return 0;
        }

        sink.Bytes(date).Bytes(i.CodeBytes).Byte((byte)',').Fixed(i.Level, i.IsIndex ? (byte)2 : (byte)4).Byte((byte)',');
        if (!i.IsIndex)
        {
            sink.Integer(volume);
        }

        sink.Byte((byte)'\n');
        return 1;
    }

    /// <summary>
    /// Joins the per-market files into the one file of <paramref name="shape"/>: the by-code parts one after another, or the
    /// per-market-year files merged by date (markets in a fixed order on the same date); the parts are deleted.
    /// </summary>
    public static void Join(string output, PriceShape shape, IReadOnlyList<string> byCodeParts)
    {
        var target = Path.Combine(output, "prices", "prices.csv");
        if (shape == PriceShape.ByCode)
        {
            using var sink = File.Create(target);
            sink.Write(Encoding.ASCII.GetBytes(Header + "\n"));
            foreach (var part in byCodeParts)
            {
                using (var source = File.OpenRead(part))
                {
                    source.CopyTo(sink);
                }

                File.Delete(part);
            }

            return;
        }

        var files = Calendars.Markets.Select(m => Directory.GetFiles(Path.Combine(output, "prices"), m + "-*.csv").Order(StringComparer.Ordinal).ToArray()).ToArray();
        var readers = files.Select(f => new MarketLines(f)).ToArray();
        using (var writer = new StreamWriter(target, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" })
        {
            writer.WriteLine(Header);
            while (readers.Where(r => r.Current is not null).MinBy(r => r.Current![..10], StringComparer.Ordinal) is { } next)
            {
                var date = next.Current![..10];
                while (next.Current is { } line && line.StartsWith(date, StringComparison.Ordinal))
                {
                    writer.WriteLine(line);
                    next.Advance();
                }
            }
        }

        foreach (var f in files.SelectMany(f => f))
        {
            File.Delete(f);
        }
    }

    /// <summary>A market's rows across its yearly files, in order, without their headers.</summary>
    private sealed class MarketLines
    {
        private readonly IEnumerator<string> _lines;

        public MarketLines(string[] files)
        {
            _lines = files.SelectMany(f => File.ReadLines(f).Skip(1)).GetEnumerator();
            Advance();
        }

        public string? Current { get; private set; }

        public void Advance() => Current = _lines.MoveNext() ? _lines.Current : null;
    }
}
