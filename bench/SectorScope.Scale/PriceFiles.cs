using System.Globalization;
using System.Text;

namespace SectorScope.Scale;

/// <summary>
/// One price file per market per year (<c>prices/HK-2024.csv</c>), rows by date then code as a vendor's
/// daily export: <c>date,code,close,volume</c>. Each instrument's log return is its beta times the
/// market's daily move plus its own noise; closes have four decimals, index levels two.
/// </summary>
internal static class PriceFiles
{
    public static long Write(ScaleSpec spec, string output, string market, List<DateOnly> days, Instrument[] instruments)
    {
        var factor = new SplitMix(Instruments.Hash(spec.Seed, Array.IndexOf(Calendars.Markets, market), 23));
        long rows = 0;
        foreach (var year in days.GroupBy(d => d.Year))
        {
            using var sink = new CsvSink(Path.Combine(output, "prices", $"{market}-{year.Key.ToString(CultureInfo.InvariantCulture)}.csv"), "date,code,close,volume");
            foreach (var day in year)
            {
                var date = Encoding.ASCII.GetBytes(ScaleWorkspace.Date(day) + ",");
                double move = (0.0002 + (0.012 * factor.NextGaussian())) * 0.8;
                foreach (var i in instruments)
                {
                    var rng = new SplitMix(i.State);
                    double r = i.IsIndex ? move + (i.Volatility * rng.NextGaussian()) : (i.Beta * move) + (i.Volatility * rng.NextGaussian());
                    i.Level = Math.Max(0.05, i.Level * Math.Exp(r));
                    long volume = i.IsIndex ? 0 : 1000 + (long)(rng.NextDouble() * 5_000_000);
                    i.State = rng.State;
                    if (!i.Trades(day))
                    {
                        continue;
                    }

                    sink.Bytes(date).Bytes(i.CodeBytes).Byte((byte)',').Fixed(i.Level, i.IsIndex ? (byte)2 : (byte)4).Byte((byte)',');
                    if (!i.IsIndex)
                    {
                        sink.Integer(volume);
                    }

                    sink.Byte((byte)'\n');
                    rows++;
                }
            }
        }

        return rows;
    }
}
