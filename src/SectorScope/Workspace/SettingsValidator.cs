namespace SectorScope.Workspace;

/// <summary>Checks that every code the settings name is defined by the workspace's files.</summary>
public static class SettingsValidator
{
    public static void Check(SettingsDocument document, Universe universe, DiagnosticBag diagnostics)
    {
        var s = document.Settings;
        void Error(string key, string reason) => diagnostics.Add(SettingsReader.FileName, document.LineOf(key), key, reason);

        foreach (var m in s.Markets.Where(m => !universe.IsIndex(m.Benchmark)))
        {
            Error("markets", ReaderMessages.BenchmarkNotIndex(m.Benchmark, m.Market));
        }

        foreach (var m in s.Markets.Where(m => universe.Index(m.Benchmark) is { } i && i.Market != m.Market))
        {
            Error("markets", ReaderMessages.BenchmarkOfOtherMarket(m.Benchmark, m.Market, universe.Index(m.Benchmark)!.Market));
        }

        // A computed index is in the universe once its members check out (ComputedIndexSettings.Check says why not).
        if (s.HeadlineIndex.Length > 0 && s.ComputedIndex is null && !universe.IsIndex(s.HeadlineIndex))
        {
            Error("headline_index", ReaderMessages.NotIn(s.HeadlineIndex, "indices.csv"));
        }

        if (s.ComparisonIndex is { } comparison && !universe.IsIndex(comparison))
        {
            Error("comparison_index", ReaderMessages.NotIn(comparison, "indices.csv"));
        }

        foreach (var code in s.KeyCompanies.Where(c => !universe.IsSecurity(c)))
        {
            Error("key_companies", ReaderMessages.NotIn(code, "securities.csv"));
        }

        if (s.Valuation is { } v && s.ComputedIndex is { } computed && v.Index == computed.Code)
        {
            Error("valuation", $"自编指数 {computed.Code} 没有市盈率数据，valuation.index 应为 indices.csv 中有估值的指数");
        }
        else if (s.Valuation is { } v2 && !universe.Contains(v2.Index))
        {
            Error("valuation", ReaderMessages.ValuationIndexNotIndex(v2.Index));
        }
    }
}
