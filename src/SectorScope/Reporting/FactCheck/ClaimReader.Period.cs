using System.Text.RegularExpressions;
using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Reporting.FactCheck;

/// <summary>The period a claim is about: the report month unless the sentence names another before the number.</summary>
public sealed partial class ClaimReader
{
    /// <summary>A period written in a sentence: where it ends, its text, and the months it means (null: one the data cannot mean, such as an unfinished year).</summary>
    /// <param name="IsYear">A bare year (2024年), which before a multiple is its fiscal year.</param>
    private sealed record PeriodMention(int End, string Text, ReturnSpan? Span, string? Problem, bool IsYear = false)
    {
        public int Start => End - Text.Length;
    }

    private IReadOnlyList<PeriodMention> Periods(string sentence)
    {
        var found = new List<PeriodMention>();
        foreach (Match m in _periodToken.Matches(sentence))
        {
            found.Add(Period(m));
        }

        return found;
    }

    private PeriodMention Period(Match m)
    {
        int Year(string group) => m.Groups[group].Success ? TwoOrFourDigitYear(m.Groups[group].Value) : period.Year;
        int Numeral(string group)
        {
            var text = m.Groups[group].Value;
            return char.IsAsciiDigit(text[0]) ? text[0] - '0' : words.Numerals[text];
        }

        int Month(string group) => int.TryParse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture, out var month) ? month : words.MonthNames[m.Groups[group].Value];
        PeriodMention Mention(ReturnSpan span) => new(m.Index + m.Length, m.Value, span, null);
        PeriodMention Unreadable(string why) => new(m.Index + m.Length, m.Value, null, why);

        if (m.Groups["cur"].Success)
        {
            return Mention(ReturnSpan.Month(period));
        }

        if (m.Groups["prev"].Success)
        {
            return Mention(ReturnSpan.Month(period.Previous));
        }

        if (m.Groups["ytd"].Success)
        {
            return Year("ytdy") == period.Year ? Mention(ReturnSpan.YearToDate(period)) : Unreadable($"「{m.Value}」is not the report year's year-to-date");
        }

        if (m.Groups["t12"].Success)
        {
            return Mention(ReturnSpan.TrailingTwelveMonths(period));
        }

        if (m.Groups["qn"].Success)
        {
            var y = Year("qny");
            return Mention(new ReturnSpan(new ReportPeriod(y, 1), new ReportPeriod(y, 3 * Numeral("qn"))));
        }

        if (m.Groups["q"].Success)
        {
            return Mention(ReturnSpan.Quarter(Year("qy"), Numeral("q")));
        }

        if (m.Groups["sm"].Success)
        {
            return Valid(Year("sy"), Month("sm")) is { } since && since <= period ? Mention(new ReturnSpan(since, period)) : Unreadable($"「{m.Value}」is not a month before the report's");
        }

        if (m.Groups["m1"].Success)
        {
            var y = Year("ry");
            return Valid(y, Month("m1")) is { } first && Valid(y, Month("m2")) is { } last && first <= last
                ? Mention(new ReturnSpan(first, last)) : Unreadable($"「{m.Value}」is not a run of months");
        }

        if (m.Groups["m"].Success)
        {
            return Valid(Year("my"), Month("m")) is { } month ? Mention(ReturnSpan.Month(month)) : Unreadable($"「{m.Value}」is not a month");
        }

        var year = Year("y");
        return (year < period.Year || period.Month == 12
            ? Mention(ReturnSpan.Year(year))
            : Unreadable($"「{m.Value}」is a year not finished by the report period {period}")) with
        { IsYear = true };
    }

    private static ReportPeriod? Valid(int year, int month) => year is >= 1900 and <= 2999 && month is >= 1 and <= 12 ? new ReportPeriod(year, month) : null;

    /// <summary>The last period written before <paramref name="offset"/> in the sentence: a period stated once governs the rest of it.</summary>
    private static PeriodMention? PeriodBefore(IReadOnlyList<PeriodMention> periods, int offset) => periods.LastOrDefault(p => p.End <= offset);

    /// <summary>
    /// The period of a number: where words follow numbers, one written right after it or its list (rose 16.7%, 9.1% and
    /// 7.7% in November); else the last one before it.
    /// </summary>
    private PeriodMention? PeriodOf(Sentence s, Number n)
    {
        if (words.WordsFollow)
        {
            var (from, to) = Tail(s.Text, n);
            if (s.Periods.FirstOrDefault(p => p.Start >= from && p.End <= to) is { } after)
            {
                return after;
            }
        }

        return PeriodBefore(s.Periods, n.Start);
    }
}
