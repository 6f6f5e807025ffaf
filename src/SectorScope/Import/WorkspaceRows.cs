using SectorScope.Workspace;

namespace SectorScope.Import;

/// <summary>The workspace's current rows of one kind, keyed by (date, key), read with the workspace's own parsers.</summary>
public sealed class WorkspaceRows
{
    private WorkspaceRows(Dictionary<(DateOnly, string), ExistingValue> rows, Dictionary<string, SortedSet<DateOnly>> tradingDays)
    {
        Rows = rows;
        TradingDays = tradingDays;
    }

    public IReadOnlyDictionary<(DateOnly Date, string Key), ExistingValue> Rows { get; }

    /// <summary>Per market, the dates with any price in the workspace (for --month-end).</summary>
    public IReadOnlyDictionary<string, SortedSet<DateOnly>> TradingDays { get; }

    public static WorkspaceRows Read(WorkspaceInputs inputs, ImportKind kind, DiagnosticBag diagnostics)
    {
        var rows = new Dictionary<(DateOnly, string), ExistingValue>();
        var days = new Dictionary<string, SortedSet<DateOnly>>(StringComparer.Ordinal);
        foreach (var file in inputs.Files.Select(f => f.File))
        {
            if (file.Kind is not (InputKind.Prices or InputKind.Valuations or InputKind.Fx or InputKind.Series)
                || WorkspaceReader.ReadText(file, inputs.Root, diagnostics) is not { } text)
            {
                continue;
            }

            var path = file.RelativePath;
            if (file.Kind == InputKind.Prices)
            {
                foreach (var p in InputParsers.Prices(path, text, inputs.Universe, diagnostics))
                {
                    if (inputs.Universe.MarketOf(p.Code) is { } market)
                    {
                        (days.TryGetValue(market, out var set) ? set : days[market] = []).Add(p.Date);
                    }

                    if (kind == ImportKind.Prices)
                    {
                        rows[(p.Date, p.Code)] = new ExistingValue(p.Close, path, p.Source.Line);
                    }
                }
            }
            else if (file.Kind == InputKind.Valuations && kind == ImportKind.Valuations)
            {
                foreach (var v in InputParsers.Valuations(path, text, inputs.Universe, diagnostics))
                {
                    rows[(v.Date, v.Code)] = new ExistingValue(v.PeTtm, path, v.Source.Line);
                }
            }
            else if (file.Kind == InputKind.Fx && kind == ImportKind.Fx)
            {
                foreach (var f in InputParsers.Fx(path, text, diagnostics))
                {
                    rows[(f.Date, FxPairs.Key(f.From, f.To))] = new ExistingValue(f.Rate, path, f.Source.Line);
                }
            }
            else if (file.Kind == InputKind.Series && kind == ImportKind.Series)
            {
                foreach (var s in InputParsers.Series(path, text, diagnostics))
                {
                    rows[(s.Date, s.Series)] = new ExistingValue(s.Value, path, s.Source.Line);
                }
            }
        }

        return new WorkspaceRows(rows, days);
    }
}
