using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Analytics;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Tests.Store;

/// <summary>Kept store answers read back exactly as written, and only under their own key and intact.</summary>
public sealed class StoreAnswersFileTests
{
    private const string Key = "k1";

    /// <summary>Answers of every kind, with the values a store may give: nulls, Chinese text, repeated paths, extreme doubles.</summary>
    private static StoreAnswers Sample(string text = "腾讯控股 \"引号\", 逗号\n换行")
    {
        var answers = new StoreAnswers();
        var src = new SourceRef("prices/HK-2024.csv", 7009);
        var close = new ClosePoint(new DateOnly(2024, 11, 29), 3.3084, src, null);
        var capped = new ClosePoint(new DateOnly(2024, 10, 31), double.Epsilon, new SourceRef("prices/US-2024.csv", 2), 1e300);
        answers.MonthEnds[(new ReportPeriod(2023, 1), new ReportPeriod(2024, 11))] = new MonthEndPanel(
            new Dictionary<string, IReadOnlyList<DateOnly>> { ["HK"] = [close.Date, capped.Date], ["US"] = [] }, [("0241.HK", close), ("0241.HK", capped), ("BABA", capped)]);
        answers.DailyCloses[("HSTECH", new DateOnly(2023, 10, 21), new DateOnly(2024, 11, 30))] = [close, capped];
        answers.LastCloses[(StoreAnswers.CodesKey(["0241.HK", "BABA"]), new DateOnly(2024, 12, 2))] = new Dictionary<string, ClosePoint> { ["BABA"] = capped, ["0241.HK"] = close };
        answers.Fx[("HKD", "CNY", new DateOnly(2024, 11, 29))] = new FxQuote("HKD", "CNY", new DateOnly(2024, 11, 28), 0.9312, new SourceRef("fx.csv", 4), true);
        answers.Fx[("USD", "JPY", new DateOnly(2024, 11, 29))] = null;
        answers.Valuations["HSTECH"] = [new ValuationRow(new DateOnly(2024, 11, 29), "HSTECH", -0.0, new SourceRef("valuations.csv", 3))];
        answers.Coverage = [new CoverageRow("0700.HK", "买入", null, null, new SourceRef("coverage.csv", 2)), new CoverageRow("BABA", "中性", 88.5, new DateOnly(2024, 1, 2), new SourceRef("coverage.csv", 3))];
        answers.Forecasts = [new ForecastRow("0700.HK", 2025, 24.1, "CNY", null, new SourceRef("forecasts.csv", 2)), new ForecastRow("BABA", 2026, null, "USD", 1.5, new SourceRef("forecasts.csv", 3))];
        answers.Series = [new SeriesRow(new DateOnly(2024, 10, 31), text, 12.5, null, new SourceRef("series.csv", 2))];
        answers.News = [new NewsItem(new DateOnly(2024, 11, 3), "新华社", text, "", null, [], ["AI", text], new SourceRef("news/2024-11.jsonl", 1))];
        answers.DecodedFiles = new Dictionary<string, string> { ["news/old.jsonl"] = "GB18030" };
        return answers;
    }

    /// <summary>Every answer as one text, field by field, to compare two sets of answers.</summary>
    private static string Describe(StoreAnswers a)
    {
        var text = new StringBuilder();
        foreach (var (q, panel) in a.MonthEnds)
        {
            text.AppendLine($"M {q} {string.Join(";", panel.MonthEndsByMarket.Select(m => $"{m.Market}:{string.Join(",", m.Days)}"))} {string.Join(";", panel.Closes)}");
        }

        foreach (var (q, closes) in a.DailyCloses)
        {
            text.AppendLine($"D {q} {string.Join(";", closes)}");
        }

        foreach (var (q, closes) in a.LastCloses)
        {
            text.AppendLine($"L {q} {string.Join(";", closes)}");
        }

        text.AppendLine($"F {string.Join(";", a.Fx.Select(kv => $"{kv.Key}={kv.Value?.ToString() ?? "null"}"))}");
        text.AppendLine($"V {string.Join(";", a.Valuations.Select(kv => $"{kv.Key}={string.Join(",", kv.Value)}"))}");
        text.AppendLine($"C {string.Join(";", a.Coverage ?? [])} {string.Join(";", a.Forecasts ?? [])} {string.Join(";", a.Series ?? [])}");
        text.AppendLine($"N {string.Join(";", (a.News ?? []).Select(n => $"{n.Date}|{n.Source}|{n.Title}|{n.Body}|{n.Url}|{n.Origin} [{string.Join(",", n.Companies)}] [{string.Join(",", n.Tags)}]"))}");
        text.AppendLine($"E {string.Join(";", a.DecodedFiles ?? new Dictionary<string, string>())}");
        return text.ToString();
    }

    [Fact]
    public void Answers_of_every_kind_read_back_as_written()
    {
        var answers = Sample();
        var read = StoreAnswersFile.Read(StoreAnswersFile.Write(answers, Key), Key);
        Assert.NotNull(read);
        Assert.Equal(Describe(answers), Describe(read));
        // Doubles to the bit: the negative zero and the smallest subnormal survive.
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(read.Valuations["HSTECH"][0].PeTtm));
        Assert.Equal(double.Epsilon, read.DailyCloses.Single().Value[1].Close);
    }

    [Fact]
    public void Answers_asked_of_nothing_read_back_as_unasked()
    {
        var read = StoreAnswersFile.Read(StoreAnswersFile.Write(new StoreAnswers(), Key), Key);
        Assert.NotNull(read);
        Assert.Null(read.News);
        Assert.Throws<UnansweredQuestion>(() => new ReplayedStore(read).Coverage());
        Assert.Throws<UnansweredQuestion>(() => new ReplayedStore(read).LastCloses(["BABA"], new DateOnly(2024, 12, 2)));
    }

    [Fact]
    public void A_file_kept_under_another_key_is_not_read() =>
        Assert.Null(StoreAnswersFile.Read(StoreAnswersFile.Write(Sample(), Key), "k2"));

    [Fact]
    public void Every_cut_and_every_flipped_byte_is_refused()
    {
        var bytes = StoreAnswersFile.Write(Sample(), Key);
        for (int i = 0; i < bytes.Length; i++)
        {
            Assert.Null(StoreAnswersFile.Read(bytes[..i], Key));
            var flipped = bytes.ToArray();
            flipped[i] ^= 0x20;
            Assert.Null(StoreAnswersFile.Read(flipped, Key));
        }
    }

    [Property(MaxTest = 200)]
    public Property Any_text_a_store_can_hold_reads_back_the_same() => Prop.ForAll(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s)) == s).ToArbitrary(),
        text =>
        {
            var answers = Sample(text);
            return StoreAnswersFile.Read(StoreAnswersFile.Write(answers, Key), Key) is { } read && Describe(read) == Describe(answers);
        });

    [Fact]
    public void A_replayed_store_gives_what_the_recorded_store_was_asked_and_nothing_else()
    {
        var inner = new ReplayedStore(Sample());
        var recording = new RecordingStore(inner, inner);
        var codes = new[] { "0241.HK", "BABA" };
        var date = new DateOnly(2024, 12, 2);
        _ = recording.LastCloses(codes, date);
        _ = recording.News();
        var replayed = new ReplayedStore(StoreAnswersFile.Read(StoreAnswersFile.Write(recording.Answers, Key), Key)!);
        Assert.Equal(["BABA", "0241.HK"], replayed.LastCloses(codes, date).Keys);
        Assert.Single(replayed.News());
        // The same codes in another order are another question.
        Assert.Throws<UnansweredQuestion>(() => replayed.LastCloses(["BABA", "0241.HK"], date));
        Assert.Throws<UnansweredQuestion>(() => replayed.Coverage());
    }
}
