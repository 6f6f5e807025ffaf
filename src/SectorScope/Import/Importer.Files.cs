using System.Globalization;
using System.Text;
using SectorScope.Workspace;

namespace SectorScope.Import;

public static partial class Importer
{
    private sealed partial class ImportRun
    {
        /// <summary>Per source file: the new price file being written and the dates seen (for the monthly check).</summary>
        private sealed class FileState(string name)
        {
            public string Name { get; } = name;

            public StreamWriter? Prices { get; set; }

            public string? PricesTemp { get; set; }

            public int Added { get; set; }

            public DateOnly? First { get; set; }

            public DateOnly? Last { get; set; }

            public int Values { get; set; }

            public int OnFirst { get; set; }

            public HashSet<int> Months { get; } = [];
        }

        private void ReadFile(string path, StagedWorkspace staged)
        {
            if (!File.Exists(path))
            {
                _problems.Add(path, 0, "文件", "文件不存在", "文件不存在");
                return;
            }

            var state = new FileState(path);
            if (Kind == ImportKind.Prices)
            {
                state.PricesTemp = Path.Combine(staged.Folder, WorkspaceCopy.CacheFolder, $"new-{_written.Count}-{Guid.NewGuid():N}.csv");
                Directory.CreateDirectory(Path.GetDirectoryName(state.PricesTemp)!);
                state.Prices = new StreamWriter(state.PricesTemp, false, new UTF8Encoding(false)) { NewLine = "\n" };
                state.Prices.WriteLine(ImportKinds.Header(Kind));
            }

            try
            {
                var format = SourceFile.Sniff(path);
                if (format == SourceFormat.Json)
                {
                    ReadChart(path, state);
                }
                else
                {
                    ReadSheet(path, format, state);
                }
            }
            finally
            {
                state.Prices?.Dispose();
            }

            FinishFile(state, staged);
        }

        private void ReadSheet(string path, SourceFormat format, FileState state)
        {
            ISheetSource source;
            try
            {
                source = SourceFile.OpenSheet(path, format, request.Sheet);
            }
            catch (SourceUnreadableException e)
            {
                _problems.Add(path, e.Row, "文件", "无法读取", e.Message);
                return;
            }

            using (source)
            {
                bool report = progress is not null && new FileInfo(path).Length > ImportRequest.ProgressBytes;
                using var rows = Rows(source, path, report).GetEnumerator();
                var head = new List<SheetRow>();
                while (head.Count < LayoutDetector.HeadRows && rows.MoveNext())
                {
                    head.Add(rows.Current);
                }

                if (head.Count == 0)
                {
                    _problems.Add(path, 0, "文件", "无法读取", "没有任何数据（空文件或空工作表）");
                    return;
                }

                var (layout, error) = LayoutDetector.Detect(head, Kind, request.Map ?? new Dictionary<string, string>(), request.Name(ImportOption.Map));
                if (layout is null)
                {
                    _problems.Add(path, 0, "版式", "版式无法识别", error!);
                    return;
                }

                _info.Add($"{path}：{source.Description}；{layout.Describe()}");
                var reader = new TableReader(path, Kind, layout, _codes, _problems, v => Accept(v, state));
                reader.Read(head.Concat(Rest(rows)));
                if (reader.Notes.Count > 0)
                {
                    _info.Add($"{path}：忽略表尾注释 {reader.Notes.Count} 行（「{reader.Notes[0]}」）");
                }
            }
        }

        private static IEnumerable<SheetRow> Rest(IEnumerator<SheetRow> rows)
        {
            while (rows.MoveNext())
            {
                yield return rows.Current;
            }
        }

        /// <summary>The source's rows; a read that fails part-way becomes a problem at its row and ends the file.</summary>
        private IEnumerable<SheetRow> Rows(ISheetSource source, string path, bool report)
        {
            using var rows = source.Rows().GetEnumerator();
            int count = 0;
            while (true)
            {
                try
                {
                    if (!rows.MoveNext())
                    {
                        break;
                    }
                }
                catch (SourceUnreadableException e)
                {
                    _problems.Add(path, e.Row, "文件", "无法读取", e.Message);
                    break;
                }

                if (report && ++count % 200 == 0)
                {
                    progress!(path, source.Progress);
                }

                yield return rows.Current;
            }

            if (report)
            {
                progress!(path, 1);
            }
        }

        private void ReadChart(string path, FileState state)
        {
            var (series, error) = ChartJson.Read(File.ReadAllBytes(path));
            if (series is null)
            {
                _problems.Add(path, 0, "JSON", "无法读取", error!);
                return;
            }

            var map = request.Map ?? new Dictionary<string, string>();
            bool raw = map.TryGetValue(HeaderNames.Close, out var field) && field is HeaderNames.Close or HeaderNames.Value;
            bool adjusted = !raw && series.Bars.Any(b => b.AdjClose is not null);
            string? key = null;
            CodeTally.Entry? entry = null;
            if (Kind == ImportKind.Fx)
            {
                key = FxPairs.TryParse(series.Symbol, out var from, out var to) ? FxPairs.Key(from, to) : null;
                if (key is null)
                {
                    _problems.Add(path, 0, "meta.symbol", "货币对无法识别", $"「{series.Symbol}」不是货币对");
                    return;
                }
            }
            else if (Kind == ImportKind.Prices)
            {
                entry = _codes.Resolve(path, series.Symbol, 0, "meta.symbol");
                key = entry.Resolved.Outcome is CodeOutcome.Known or CodeOutcome.New ? entry.Resolved.Code : null;
                if (key is not null)
                {
                    _codes.Name(key, series.Name);
                    if (_inputs.Universe.Security(key)?.Currency is { } currency && series.Currency is { } quoted && quoted != currency)
                    {
                        _problems.Add(path, 0, "meta.currency", "币种不符", $"{key} 在 securities.csv 中以 {currency} 计价，文件为 {quoted}");
                        return;
                    }
                }

                if (key is null)
                {
                    entry.Rows += series.Bars.Count(b => (adjusted ? b.AdjClose : b.Close) is not null);
                    return;
                }
            }
            else
            {
                _problems.Add(path, 0, "JSON", "种类不符", $"行情图表 JSON 只能导入 prices 或 fx，不能导入 {ImportKinds.Name(Kind)}");
                return;
            }

            _info.Add(string.Create(CultureInfo.InvariantCulture,
                $"{path}：行情图表 JSON，{series.Symbol}（{series.Currency ?? "币种未注明"}），时区 {series.TimeZone}，{series.Bars.Count} 根 K 线，取 {(adjusted ? "adjclose" : "close")}"));
            foreach (var bar in series.Bars)
            {
                if ((adjusted ? bar.AdjClose : bar.Close) is { } value)
                {
                    if (value <= 0)
                    {
                        _problems.Add(path, bar.Index + 1, $"timestamp[{bar.Index}]", "数值须为正", $"{key}：收盘价须为正数，文件为 {CsvText.Number(value)}");
                        continue;
                    }

                    if (entry is not null)
                    {
                        entry.Rows++;
                    }

                    Accept(new ImportedValue(bar.Date, key, value, null, bar.Index + 1), state);
                }
            }
        }
    }
}
