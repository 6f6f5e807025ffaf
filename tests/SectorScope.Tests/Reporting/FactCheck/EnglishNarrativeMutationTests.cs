using System.Globalization;
using System.Text.RegularExpressions;
using SectorScope.Reporting.FactCheck;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting.FactCheck;

/// <summary>
/// The English demo narrative against single wrong changes and correct rewrites, as the mutation bench does for
/// the Chinese one: every hand-written number changed in its last digit, signed, or given another unit; every
/// direction word flipped; every name, year and period replaced. A changed value must be a mismatch, any other
/// change an error or at least unchecked, never silent; every rewrite must still agree.
/// </summary>
[Collection(DemoModelCollection.Name)]
public sealed partial class EnglishNarrativeMutationTests(DemoModelFixture demo)
{
    private static readonly string[] Files = ["market-review", "valuation", "recommendation"];

    private static readonly (string From, string To)[] Flips =
        [("rose", "fell"), ("outperforming", "underperforming")];

    private static readonly (string From, string To)[] Subjects =
        [("Kingsoft", "Kuaishou"), ("NetEase", "Bilibili"), ("Kingdee", "SenseTime"), ("Hang Seng TECH Index", "Nasdaq Internet Index"), ("Tencent", "Baidu"),
         ("Meituan", "JD.com"), ("Alibaba", "Xiaomi")];

    private static readonly (string From, string To)[] Elsewhere =
        [("in November", "in October"), ("2024 adjusted", "2025 adjusted"), ("Kingsoft, NetEase", "NetEase, Kingsoft"), ("Tencent, Meituan", "Meituan, Tencent"),
         ("9.1% and 7.7%", "7.7% and 9.1%"), ("12.3 ppt and 11.0 ppt", "11.0 ppt and 12.3 ppt"), ("21x and 10x", "10x and 21x")];

    private static readonly (string From, string To)[] Rewrites =
    [
        ("rose", "gained"), ("rose", "climbed"), ("in November", "this month"), ("in November", "during the month"), ("Kingsoft", "Kingsoft (3888.HK)"),
        ("Kingsoft", "3888.HK"), ("NetEase", "NetEase (9999.HK)"), ("Kingdee", "Kingdee International Software"), ("outperforming", "beating"),
        ("Hang Seng TECH Index by", "Hang Seng Tech Index by"), ("20.0 ppt, 12.3 ppt and 11.0 ppt", "20.0 percentage points, 12.3 pp and 11.0 pp"), (" ppt", "pp"),
        ("16.7%, 9.1% and 7.7%", "16.7 per cent, 9.1 per cent and 7.7 per cent"), ("their 2024 adjusted profit", "2024E adjusted profit"),
        ("their 2024 adjusted profit", "FY24 adjusted profit"), ("16x, 21x and 10x", "16X, 21X and 10X"), ("only the 8.85th percentile", "a percentile rank of only 8.85%"),
        ("PE-TTM has fallen back to 20.59x", "PE-TTM has fallen back to 20.59x in November"), ("Alibaba", "Alibaba Group"), (", NetEase and", ", NetEase, and"),
    ];

    [Fact]
    public void Every_hand_written_number_of_the_english_narrative_agrees_and_is_read()
    {
        var total = 0;
        foreach (var (file, text) in Narratives())
        {
            var findings = Check(file, text);
            Assert.All(findings, f => Assert.True(f.Verdict == FactVerdict.Agrees, f.ToString()));
            Assert.Equal(Numbers(text).Count(), findings.Count);
            total += findings.Count;
        }

        Assert.Equal(11, total);
    }

    [Fact]
    public void A_changed_value_is_a_mismatch_and_no_other_change_passes_silently()
    {
        var silent = new List<string>();
        var mutants = 0;
        foreach (var (file, text) in Narratives())
        {
            foreach (Match m in Numbers(text))
            {
                var n = m.Groups["n"];
                foreach (var value in new[] { Step(n.Value, +1), Step(n.Value, -1) })
                {
                    mutants++;
                    var changed = Check(file, Replace(text, n.Index, n.Length, value));
                    Assert.Contains(changed, f => f.Verdict == FactVerdict.Mismatch && f.Stated.StartsWith(value, StringComparison.Ordinal));
                }

                mutants++;
                Expect(file, Replace(text, m.Index, 0, "-"), $"{m.Value} signed", silent);
                mutants++;
                Expect(file, Replace(text, m.Groups["u"].Index, m.Groups["u"].Length, m.Groups["u"].Value == "%" ? " ppt" : "%"), $"{m.Value} in another unit", silent);
            }

            foreach (var (from, to) in Flips.Concat(Subjects).Concat(Elsewhere))
            {
                // Words of a claim: before a hand-written number of their sentence, with no placeholder (whose figure is computed) between.
                foreach (var at in Occurrences(text, from).Where(at => Numbers(text).Any(m => m.Index > at && !Sentence().IsMatch(text[at..m.Index]) && !text[at..m.Index].Contains("{{", StringComparison.Ordinal))))
                {
                    mutants++;
                    Expect(file, Replace(text, at, from.Length, to), $"{from} → {to} in {file}", silent);
                }
            }
        }

        Assert.Empty(silent);
        Assert.True(mutants >= 60, $"only {mutants} mutants: the narrative lost its hand-written claims");
    }

    [Fact]
    public void Correct_rewrites_of_the_english_narrative_still_agree()
    {
        var rewritten = 0;
        foreach (var (file, text) in Narratives())
        {
            foreach (var (from, to) in Rewrites)
            {
                foreach (var at in Occurrences(text, from))
                {
                    rewritten++;
                    var findings = Check(file, Replace(text, at, from.Length, to));
                    Assert.NotEmpty(findings);
                    Assert.All(findings, f => Assert.True(f.Verdict == FactVerdict.Agrees, $"{from} → {to}: {f}"));
                }
            }
        }

        Assert.True(rewritten >= 20, $"only {rewritten} rewrites: the narrative lost its hand-written claims");
    }

    private void Expect(string file, string text, string change, List<string> silent)
    {
        if (Check(file, text).All(f => f.Verdict == FactVerdict.Agrees))
        {
            silent.Add(change);
        }
    }

    private IReadOnlyList<FactFinding> Check(string file, string text)
    {
        var diagnostics = new SectorScope.Workspace.DiagnosticBag();
        var document = SectorScope.Reporting.Narrative.NarrativeExpander.Expand($"narrative/en/{file}.md", text, demo.EnglishChecker.Facts, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("; ", diagnostics.Items));
        return demo.EnglishChecker.Check(document);
    }

    private static IEnumerable<(string File, string Text)> Narratives() =>
        Files.Select(f => (f, File.ReadAllText(Path.Combine(Repository.DemoWorkspace, "narrative", "en", f + ".md"))));

    /// <summary>Hand-written numbers with a unit, outside placeholders.</summary>
    private static IEnumerable<Match> Numbers(string text) => NumberToken().Matches(text).Where(m => Free(text, m.Index, m.Length));

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            if (Free(text, at, word.Length))
            {
                yield return at;
            }
        }
    }

    private static bool Free(string text, int at, int length) =>
        !Placeholder().Matches(text).Any(p => at < p.Index + p.Length && p.Index < at + length) && !text[..at].Split('\n')[^1].StartsWith('#');

    private static string Replace(string text, int at, int length, string with) => text[..at] + with + text[(at + length)..];

    /// <summary>The number with its last digit moved by <paramref name="step"/> (16.7 → 16.8; 21 → 22).</summary>
    private static string Step(string number, int step)
    {
        var decimals = number.Contains('.', StringComparison.Ordinal) ? number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var value = decimal.Parse(number, CultureInfo.InvariantCulture) + step * (decimal)Math.Pow(10, -decimals);
        return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+(?:\.[0-9]+)?)(?<u>%|\s?ppt|x|th percentile)")]
    private static partial Regex NumberToken();

    /// <summary>The end of a sentence: a full stop before a space, or a blank line.</summary>
    [GeneratedRegex(@"\.\s|\n\n")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Placeholder();
}
