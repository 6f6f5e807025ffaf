using System.Text;
using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>
/// <see cref="StoreAnswers"/> as bytes: a compact binary form (a month-end panel of 5,000 securities is a few MB, read in
/// milliseconds), sealed (<see cref="SealedBytes"/>) with the SHA-256 of everything before it, so a file cut short or changed on disk is
/// never read as answers. Strings repeated (file paths, codes) are written once and then referred to by number.
/// </summary>
public static class StoreAnswersFile
{
    /// <summary>Bump when the layout or the meaning of an answer changes: a file of another version is not read.</summary>
    private const string Magic = "sectorscope-answers-1";

    public static byte[] Write(StoreAnswers answers, string key)
    {
        using var buffer = new MemoryStream();
        using (var w = new Writer(buffer))
        {
            w.Text(Magic);
            w.Text(key);
            w.List(answers.MonthEnds, (q, panel) =>
            {
                w.Period(q.From);
                w.Period(q.To);
                w.List(panel.MonthEndsByMarket, m =>
                {
                    w.Text(m.Market);
                    w.List(m.Days, w.Date);
                });
                w.List(panel.Closes, c =>
                {
                    w.Text(c.Code);
                    w.Close(c.Close);
                });
            });
            w.List(answers.DailyCloses, (q, closes) =>
            {
                w.Text(q.Code);
                w.Date(q.From);
                w.Date(q.To);
                w.List(closes, w.Close);
            });
            w.List(answers.LastCloses, (q, closes) =>
            {
                w.Text(q.Codes);
                w.Date(q.Date);
                w.List(closes, c =>
                {
                    w.Text(c.Key);
                    w.Close(c.Value);
                });
            });
            w.List(answers.Fx, (q, quote) =>
            {
                w.Text(q.From);
                w.Text(q.To);
                w.Date(q.Date);
                w.Bool(quote is not null);
                if (quote is not null)
                {
                    w.Text(quote.From);
                    w.Text(quote.To);
                    w.Date(quote.Date);
                    w.Double(quote.Rate);
                    w.Source(quote.Source);
                    w.Bool(quote.Inverted);
                }
            });
            w.List(answers.Valuations, (code, rows) =>
            {
                w.Text(code);
                w.List(rows, v =>
                {
                    w.Date(v.Date);
                    w.Text(v.Code);
                    w.Double(v.PeTtm);
                    w.Source(v.Source);
                });
            });
            w.Optional(answers.Coverage, c =>
            {
                w.Text(c.Code);
                w.Text(c.Rating);
                w.NullableDouble(c.TargetPrice);
                w.NullableDate(c.RatingDate);
                w.Source(c.Source);
            });
            w.Optional(answers.Forecasts, f =>
            {
                w.Text(f.Code);
                w.Int(f.Year);
                w.NullableDouble(f.Eps);
                w.Text(f.Currency);
                w.NullableDouble(f.AdjNetProfitMn);
                w.Source(f.Source);
            });
            w.Optional(answers.Series, s =>
            {
                w.Date(s.Date);
                w.Text(s.Series);
                w.Double(s.Value);
                w.Text(s.Unit);
                w.Source(s.Source);
            });
            w.Optional(answers.News, n =>
            {
                w.Date(n.Date);
                w.Text(n.Source);
                w.Text(n.Title);
                w.Text(n.Body);
                w.Text(n.Url);
                w.List(n.Companies, c => w.Text(c));
                w.List(n.Tags, t => w.Text(t));
                w.Source(n.Origin);
            });
            w.Optional(answers.DecodedFiles?.ToArray(), kv =>
            {
                w.Text(kv.Key);
                w.Text(kv.Value);
            });
        }

        return SealedBytes.Seal(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>The answers kept under <paramref name="key"/>; null for a file of another key or version, cut short or damaged.</summary>
    public static StoreAnswers? Read(byte[] bytes, string key)
    {
        if (SealedBytes.ContentLength(bytes) is not { } length)
        {
            return null;
        }

        try
        {
            using var r = new Reader(new MemoryStream(bytes, 0, length));
            if (r.Text() != Magic || r.Text() != key)
            {
                return null;
            }

            var answers = new StoreAnswers();
            r.Repeat(() =>
            {
                var question = (r.Period(), r.Period());
                var ends = new Dictionary<string, IReadOnlyList<DateOnly>>(StringComparer.Ordinal);
                r.Repeat(() => ends[r.Text()!] = r.List(r.Date));
                answers.MonthEnds[question] = new MonthEndPanel(ends, r.List(() => (r.Text()!, r.Close())));
            });
            r.Repeat(() => answers.DailyCloses[(r.Text()!, r.Date(), r.Date())] = r.List(r.Close));
            r.Repeat(() =>
            {
                var question = (r.Text()!, r.Date());
                var closes = new Dictionary<string, ClosePoint>(StringComparer.Ordinal);
                r.Repeat(() => closes.Add(r.Text()!, r.Close()));
                answers.LastCloses[question] = closes;
            });
            r.Repeat(() => answers.Fx[(r.Text()!, r.Text()!, r.Date())] = r.Bool() ? new FxQuote(r.Text()!, r.Text()!, r.Date(), r.Double(), r.Source(), r.Bool()) : null);
            r.Repeat(() => answers.Valuations[r.Text()!] = r.List(() => new ValuationRow(r.Date(), r.Text()!, r.Double(), r.Source())));
            answers.Coverage = r.Optional(() => new CoverageRow(r.Text()!, r.Text()!, r.NullableDouble(), r.NullableDate(), r.Source()));
            answers.Forecasts = r.Optional(() => new ForecastRow(r.Text()!, r.Int(), r.NullableDouble(), r.Text()!, r.NullableDouble(), r.Source()));
            answers.Series = r.Optional(() => new SeriesRow(r.Date(), r.Text()!, r.Double(), r.Text(), r.Source()));
            answers.News = r.Optional(() => new NewsItem(r.Date(), r.Text()!, r.Text()!, r.Text()!, r.Text(), r.List(() => r.Text()!), r.List(() => r.Text()!), r.Source()));
            answers.DecodedFiles = r.Optional(() => (r.Text()!, r.Text()!))?.ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
            return r.AtEnd ? answers : null;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or InvalidDataException or ArgumentException or NullReferenceException or OverflowException)
        {
            // The checksum matched, so only a file of an older layout under the same magic gets here: not answers.
            return null;
        }
    }

    /// <summary>Arguments are evaluated left to right in C#, so a constructor call reads its fields in the order written.</summary>
    private sealed class Reader(Stream stream) : IDisposable
    {
        private readonly BinaryReader _r = new(stream, Encoding.UTF8);
        private readonly List<string> _strings = [];

        public bool AtEnd => _r.BaseStream.Position == _r.BaseStream.Length;

        public string? Text() => _r.Read7BitEncodedInt() switch
        {
            0 => null,
            1 => Keep(_r.ReadString()),
            var n => _strings[n - 2],
        };

        private string Keep(string s)
        {
            _strings.Add(s);
            return s;
        }

        public int Int() => _r.ReadInt32();

        public double Double() => _r.ReadDouble();

        public bool Bool() => _r.ReadBoolean();

        public DateOnly Date() => DateOnly.FromDayNumber(_r.ReadInt32());

        public ReportPeriod Period() => new(_r.ReadInt32(), _r.ReadInt32());

        public double? NullableDouble() => Bool() ? Double() : null;

        public DateOnly? NullableDate() => Bool() ? Date() : null;

        public SourceRef Source() => new(Text()!, Int());

        public ClosePoint Close() => new(Date(), Double(), Source(), NullableDouble());

        public void Repeat(Action read)
        {
            for (int i = _r.Read7BitEncodedInt(); i > 0; i--)
            {
                read();
            }
        }

        public T[] List<T>(Func<T> read)
        {
            var items = new T[_r.Read7BitEncodedInt()];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = read();
            }

            return items;
        }

        public T[]? Optional<T>(Func<T> read) => Bool() ? List(read) : null;

        public void Dispose() => _r.Dispose();
    }

    private sealed class Writer(Stream stream) : IDisposable
    {
        private readonly BinaryWriter _w = new(stream, Encoding.UTF8, leaveOpen: true);
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

        public void Text(string? s)
        {
            if (s is null)
            {
                _w.Write7BitEncodedInt(0);
            }
            else if (_strings.TryGetValue(s, out var n))
            {
                _w.Write7BitEncodedInt(n + 2);
            }
            else
            {
                _strings[s] = _strings.Count;
                _w.Write7BitEncodedInt(1);
                _w.Write(s);
            }
        }

        public void Int(int v) => _w.Write(v);

        public void Double(double v) => _w.Write(v);

        public void Bool(bool v) => _w.Write(v);

        public void Date(DateOnly d) => _w.Write(d.DayNumber);

        public void Period(ReportPeriod p)
        {
            _w.Write(p.Year);
            _w.Write(p.Month);
        }

        public void NullableDouble(double? v)
        {
            Bool(v.HasValue);
            if (v is { } value)
            {
                Double(value);
            }
        }

        public void NullableDate(DateOnly? d)
        {
            Bool(d.HasValue);
            if (d is { } date)
            {
                Date(date);
            }
        }

        public void Source(SourceRef s)
        {
            Text(s.File);
            Int(s.Line);
        }

        public void Close(ClosePoint c)
        {
            Date(c.Date);
            Double(c.Close);
            Source(c.Source);
            NullableDouble(c.MarketCapMn);
        }

        public void List<T>(IEnumerable<T> items, Action<T> write)
        {
            var all = items as IReadOnlyCollection<T> ?? [.. items];
            _w.Write7BitEncodedInt(all.Count);
            foreach (var item in all)
            {
                write(item);
            }
        }

        public void List<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> items, Action<TKey, TValue> write) => List(items, kv => write(kv.Key, kv.Value));

        public void Optional<T>(IReadOnlyCollection<T>? items, Action<T> write)
        {
            Bool(items is not null);
            if (items is not null)
            {
                List(items, write);
            }
        }

        public void Dispose() => _w.Dispose();
    }
}
