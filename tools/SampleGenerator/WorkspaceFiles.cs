namespace SampleGenerator;

/// <summary>
/// The written workspace read back from disk, so the checks see exactly what a reader will see:
/// the rounded, formatted values rather than the generator's doubles.
/// </summary>
internal sealed class WorkspaceFiles
{
    private WorkspaceFiles(string root) => Root = root;

    public string Root { get; }

    public Dictionary<string, (string Market, double SharesMn)> Securities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> IndexMarkets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SortedDictionary<DateOnly, double>> Closes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SortedSet<DateOnly>> MarketDays { get; } = new(StringComparer.Ordinal);

    public List<string> FormatProblems { get; } = [];

    public static WorkspaceFiles Load(string root, IEnumerable<string> written)
    {
        var files = new WorkspaceFiles(root);
        foreach (var path in written)
        {
            files.CheckEncoding(path);
        }

        foreach (var r in files.Csv("securities.csv", "code,name,market,currency,sub_sector,name_en,shares_mn"))
        {
            files.Securities[r[0]] = (r[2], Numbers.Parse(r[6]));
        }

        foreach (var r in files.Csv("indices.csv", "code,name,market,currency,inception"))
        {
            files.IndexMarkets[r[0]] = r[2];
        }

        foreach (var path in written.Where(p => p.StartsWith("prices/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            files.LoadPrices(path);
        }

        return files;
    }

    public string MarketOf(string code) => Securities.TryGetValue(code, out var s) ? s.Market : IndexMarkets[code];

    /// <summary>Data rows of a CSV file after checking its header; fields are never quoted in this workspace.</summary>
    public IEnumerable<string[]> Csv(string relativePath, string header)
    {
        var lines = Read(relativePath).Split('\n');
        if (lines[0] != header)
        {
            FormatProblems.Add($"{relativePath}: header is '{lines[0]}', expected '{header}'");
        }

        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private void CheckEncoding(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, relativePath));
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            FormatProblems.Add($"{relativePath}: starts with a byte order mark");
        }

        if (bytes.Contains((byte)'\r'))
        {
            FormatProblems.Add($"{relativePath}: contains a carriage return");
        }
    }

    private void LoadPrices(string path)
    {
        string market = Path.GetFileNameWithoutExtension(path).Split('-')[0];
        (DateOnly Date, string Code)? previous = null;
        foreach (var r in Csv(path, "date,code,close"))
        {
            var date = Dates.Parse(r[0]);
            if (previous is { } p && (date < p.Date || (date == p.Date && string.CompareOrdinal(r[1], p.Code) <= 0)))
            {
                FormatProblems.Add($"{path}: rows not sorted by date then code at {r[0]},{r[1]}");
            }

            previous = (date, r[1]);
            if (MarketOf(r[1]) != market)
            {
                FormatProblems.Add($"{path}: {r[1]} belongs to another market");
            }

            if (!Closes.TryGetValue(r[1], out var closes))
            {
                Closes[r[1]] = closes = new();
            }

            closes[date] = Numbers.Parse(r[2]);
            if (!MarketDays.TryGetValue(market, out var days))
            {
                MarketDays[market] = days = new();
            }

            days.Add(date);
        }
    }
}
