using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using SectorScope.Pipeline;
using SectorScope.Rendering.Json;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Demo;

/// <summary>The demo's English edition, written once in every format (report --language en).</summary>
public sealed class EnglishDemoFixture : IDisposable
{
    public EnglishDemoFixture()
    {
        Workspace = Repository.CopyToTemp(Repository.DemoWorkspace);
        Output = Workspace + "-en";
        Result = ReportPipeline.Run(Workspace, null, null, Output, OutputFormats.All, recordHistory: false, language: ReportLanguage.En).Value;
    }

    public string Workspace { get; }

    public string Output { get; }

    public ReportRunResult Result { get; }

    public void Dispose()
    {
        foreach (var folder in new[] { Workspace, Output }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>
/// The English edition shows the Chinese edition's numbers to the last digit, in English only: no Chinese
/// character in any document except the names of companies that have no name_en in securities.csv.
/// </summary>
[Trait("Category", "Slow")]
[Collection(DemoModelCollection.Name)]
public sealed partial class EnglishEditionTests(DemoModelFixture chinese, EnglishDemoFixture english) : IClassFixture<EnglishDemoFixture>
{
    [Fact]
    public void The_report_is_written_and_says_it_is_English()
    {
        Assert.Null(english.Result.Refusal);
        Assert.Equal(ReportLanguage.En, english.Result.Model.Language);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-US\">", File.ReadAllText(Path.Combine(english.Output, "report.html")));
        Assert.Equal("Table 1", english.Result.Model.Tables[0].Label);
        Assert.Equal("Figure 1", english.Result.Model.Figures[0].Label);
        Assert.Contains("\"language\": \"en\"", File.ReadAllText(Path.Combine(english.Output, "report.json")));
    }

    [Theory]
    [InlineData("report.md")]
    [InlineData("report.html")]
    [InlineData("report.docx")]
    [InlineData("report.pdf")]
    public void No_Chinese_character_outside_names_without_an_English_name(string file)
    {
        var text = Text(Path.Combine(english.Output, file));
        foreach (var name in NamesWithoutEnglish())
        {
            text = text.Replace(name, "", StringComparison.Ordinal);
        }

        var found = Cjk().Matches(text).Select(m => text.Substring(Math.Max(0, m.Index - 20), Math.Min(text.Length - Math.Max(0, m.Index - 20), 50))).Take(5).ToArray();
        Assert.True(found.Length == 0, $"{file} has Chinese text: {string.Join(" | ", found)}");
        Assert.Contains("Hang Seng TECH Index", text);
    }

    [Fact]
    public void Report_json_holds_the_same_numbers_as_the_Chinese_edition()
    {
        using var zh = JsonDocument.Parse(ReportJson.Serialize(chinese.Model));
        using var en = JsonDocument.Parse(File.ReadAllText(Path.Combine(english.Output, "report.json")));
        var zhNumbers = Numbers(zh.RootElement, "").ToArray();
        var enNumbers = Numbers(en.RootElement, "").ToArray();
        Assert.True(zhNumbers.Length > 1000, $"only {zhNumbers.Length} numbers compared");
        Assert.Equal(zhNumbers, enNumbers);
    }

    /// <summary>
    /// Every JSON number with its path, and the digits of every displayed value and number cell (20.0 in both
    /// 跑赢20.0pct and +20.0 ppt). The fact-check holds the findings of each edition's own prose, so it is left out.
    /// </summary>
    private static IEnumerable<string> Numbers(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                yield return $"{path}={e.GetRawText()}";
                break;
            case JsonValueKind.String when path.EndsWith(".display", StringComparison.Ordinal) || path.EndsWith(".number_text", StringComparison.Ordinal):
                foreach (Match m in Digits().Matches(e.GetString()!))
                {
                    yield return $"{path}~{m.Value}";
                }

                break;
            case JsonValueKind.Object:
                // A table cell with a number: its text shows that number.
                var isNumberCell = e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number;
                foreach (var p in e.EnumerateObject().Where(p => p.Name != "fact_check"))
                {
                    foreach (var n in Numbers(p.Value, $"{path}.{(isNumberCell && p.Name == "text" ? "number_text" : p.Name)}"))
                    {
                        yield return n;
                    }
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    foreach (var n in Numbers(item, $"{path}[{i++}]"))
                    {
                        yield return n;
                    }
                }

                break;
        }
    }

    private static string Text(string path) => Path.GetExtension(path) switch
    {
        ".docx" => DocxText(path),
        ".pdf" => Tool.Run("pdftotext", "-enc", "UTF-8", path, "-"),
        _ => File.ReadAllText(path),
    };

    private static string DocxText(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var parts = new[] { doc.MainDocumentPart!.Document!.Body!.InnerText }
            .Concat(doc.MainDocumentPart.HeaderParts.Select(h => h.Header!.InnerText))
            .Concat(doc.MainDocumentPart.FooterParts.Select(f => f.Footer!.InnerText));
        return string.Join("\n", parts);
    }

    /// <summary>The Chinese names the English edition may show: securities without name_en.</summary>
    private static IEnumerable<string> NamesWithoutEnglish() =>
        File.ReadLines(Path.Combine(Repository.DemoWorkspace, "securities.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f.Length > 5 && f[5].Length == 0).Select(f => f[1]);

    /// <summary>Han characters and CJK or full-width punctuation (、，：（）《》「」).</summary>
    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex Digits();
}
