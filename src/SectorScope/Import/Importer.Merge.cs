using System.Globalization;
using System.Text;

namespace SectorScope.Import;

public static partial class Importer
{
    private sealed partial class ImportRun
    {
        private static readonly UTF8Encoding Utf8 = new(false);

        private void Accept(ImportedValue value, FileState state)
        {
            state.Values++;
            state.OnFirst += value.Date.Day == 1 ? 1 : 0;
            state.Months.Add((value.Date.Year * 12) + value.Date.Month);
            if (request.MonthEnd && value.Date.Day == 1)
            {
                value = value with { Date = _monthEnd.Move(value.Date, MarketOf(value.Key), calendar: Kind == ImportKind.Series) };
            }

            var (decision, had) = _plan.Decide(value, state.Name);
            var where = $"{value.Key} {CsvText.Date(value.Date)}";
            switch (decision)
            {
                case MergeDecision.Add:
                    Write(value, state);
                    break;
                case MergeDecision.Same:
                    _same++;
                    break;
                case MergeDecision.Conflict:
                    _conflicts++;
                    if (request.Replace)
                    {
                        _replaced++;
                        var edits = _edits.TryGetValue(had.File, out var e) ? e : _edits[had.File] = [];
                        if (Kind == ImportKind.Prices)
                        {
                            edits[had.Line] = null;
                            Write(value, state);
                        }
                        else
                        {
                            edits[had.Line] = CsvText.Row(Kind, value);
                            Track(value, state);
                        }
                    }
                    else
                    {
                        _problems.Add(state.Name, value.Row, where, $"与工作区冲突（加 {request.Name(ImportOption.Replace)} 以文件为准）",
                            $"工作区为 {CsvText.Number(had.Value)}（{had.File}:{had.Line.ToString(CultureInfo.InvariantCulture)}），文件为 {CsvText.Number(value.Value)}");
                    }

                    break;
                default:
                    _repeats++;
                    _problems.Add(state.Name, value.Row, where, "本次导入中重复",
                        had.Line > 0
                            ? $"{had.File}:{had.Line.ToString(CultureInfo.InvariantCulture)} 已有 {CsvText.Number(had.Value)}，此处为 {CsvText.Number(value.Value)}"
                            : "本次导入中已出现过（较早的值已不在内存中，无法比较）");
                    break;
            }
        }

        private string? MarketOf(string key) => _inputs.Universe.MarketOf(key) ?? VendorCodes.MarketOf(key)?.Market;

        private void Write(ImportedValue value, FileState state)
        {
            _added++;
            Track(value, state);
            if (state.Prices is { } writer)
            {
                writer.WriteLine(CsvText.Row(Kind, value));
            }
            else
            {
                _singleFileRows.Add(value);
            }
        }

        private void Track(ImportedValue value, FileState state)
        {
            state.Added++;
            state.First = Min(state.First, value.Date);
            state.Last = Max(state.Last, value.Date);
            _first = Min(_first, value.Date);
            _last = Max(_last, value.Date);
        }

        private static DateOnly Min(DateOnly? a, DateOnly b) => a is { } x && x < b ? x : b;

        private static DateOnly Max(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;

        /// <summary>After a file: the monthly check and, for prices, the new file named after the source and its dates.</summary>
        private void FinishFile(FileState state, StagedWorkspace staged)
        {
            bool monthly = MonthEnd.LooksMonthly(state.Values, state.OnFirst, state.Months.Count);
            if (request.MonthEnd && state.Values > 0 && !monthly)
            {
                _problems.Add(state.Name, 0, "日期", "不是月初日期的月度数据",
                    $"{request.Name(ImportOption.MonthEnd)} 只用于日期都是每月 1 日的月度文件：{state.Values} 个值中 {state.Values - state.OnFirst} 个不在 1 日，或只有一个月");
            }
            else if (monthly)
            {
                _info.Add(request.MonthEnd
                    ? $"{state.Name}：月度数据（日期都是每月 1 日，{state.Months.Count} 个月），已按 {request.Name(ImportOption.MonthEnd)} 移到各市场当月最后一个交易日"
                    : $"{state.Name}：月度数据（日期都是每月 1 日，{state.Months.Count} 个月），按原日期导入；若是月末值，加 {request.Name(ImportOption.MonthEnd)} 移到各市场当月最后一个交易日");
            }

            if (state.PricesTemp is not { } temp)
            {
                return;
            }

            if (state.Added == 0 || _problems.Any)
            {
                File.Delete(temp);
                return;
            }

            var stem = new string([.. Path.GetFileNameWithoutExtension(state.Name).Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
            stem = stem.Length == 0 ? "import" : stem[..Math.Min(stem.Length, 40)];
            var name = $"prices/{stem}-{state.First:yyyyMMdd}-{state.Last:yyyyMMdd}.csv";
            for (int n = 2; staged.Exists(name); n++)
            {
                name = $"prices/{stem}-{state.First:yyyyMMdd}-{state.Last:yyyyMMdd}-{n}.csv";
            }

            File.Move(temp, staged.Stage(name));
            _written.Add(name);
            _changes.Add(string.Create(CultureInfo.InvariantCulture, $"新建 {name}：{state.Added} 行（来自 {state.Name}）"));
        }

        /// <summary>Unknown codes, once each with their row count; codes --universe all would add to a market the settings lack.</summary>
        private void CheckCodes()
        {
            foreach (var e in _codes.Entries.Where(e => e.Rows > 0))
            {
                var rows = e.Rows.ToString(CultureInfo.InvariantCulture);
                if (e.Resolved.Outcome == CodeOutcome.Unknown)
                {
                    var canonical = e.Resolved.Code is { } c && c != e.Vendor ? $"（即 {c}）" : "";
                    var hint = request.UniverseAll ? "无法从代码判断市场，请在 code_map.csv 中映射" : $"可在 code_map.csv 中映射（code 写 - 表示舍弃），或加 {request.Name(ImportOption.UniverseAll)} 加入 securities.csv";
                    _problems.Add(e.File, e.FirstRow, e.Column, $"未知代码 {e.Vendor}", $"代码「{e.Vendor}」{canonical}不在 securities.csv 或 indices.csv 中，{rows} 行未导入；{hint}");
                }
                else if (e.Resolved.Outcome == CodeOutcome.New && e.Resolved.Code is { } code)
                {
                    var market = VendorCodes.MarketOf(code);
                    if (market is null || !_inputs.Settings.Markets.Any(m => m.Market == market.Market))
                    {
                        _problems.Add(e.File, e.FirstRow, e.Column, $"市场未配置 {code}",
                            $"{code} 属于市场 {market?.Market ?? "（未知）"}，但 sectorscope.yaml 的 markets 中没有它，无法加入 securities.csv（{rows} 行）");
                    }
                }
            }
        }

        /// <summary>Stages the edited single files, the price files losing replaced rows and the securities --universe all adds.</summary>
        private void StageEdits(StagedWorkspace staged)
        {
            var added = _codes.Entries.Where(e => e.Resolved.Outcome == CodeOutcome.New && e.Rows > 0).Select(e => e.Resolved.Code!).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (added.Length > 0)
            {
                var original = Read("securities.csv");
                var header = original.Split('\n', 2)[0].Trim('\r').Split(',');
                var rows = added.Select(code => string.Join(',', header.Select(h => CsvText.Field(h.Trim() switch
                {
                    "code" => code,
                    "name" => _codes.Names.GetValueOrDefault(code) ?? code,
                    "market" => VendorCodes.MarketOf(code)!.Market,
                    "currency" => VendorCodes.MarketOf(code)!.Currency,
                    _ => "",
                })))).ToArray();
                File.WriteAllText(staged.Stage("securities.csv"), LineEdits.Apply(original, new Dictionary<int, string?>(), rows), Utf8);
                _changes.Add($"securities.csv：加入 {added.Length} 个代码（{string.Join("、", added.Take(10))}{(added.Length > 10 ? "……" : "")}）");
                _written.Add("securities.csv");
            }

            var single = ImportKinds.SingleFile(Kind);
            foreach (var (file, edits) in _edits.Where(e => e.Key != single))
            {
                File.WriteAllText(staged.Stage(file), LineEdits.Apply(Read(file), edits, []), Utf8);
                _changes.Add($"{file}：删除 {edits.Count} 行（以 {request.Name(ImportOption.Replace)} 改由新文件提供）");
                _written.Add(file);
            }

            if (single is not null && (_singleFileRows.Count > 0 || _edits.ContainsKey(single)))
            {
                var original = File.Exists(Path.Combine(_inputs.Root, single)) ? Read(single) : ImportKinds.Header(Kind) + "\n";
                var edits = _edits.GetValueOrDefault(single) ?? [];
                var rows = _singleFileRows.OrderBy(v => v.Date).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => CsvText.Row(Kind, v)).ToArray();
                File.WriteAllText(staged.Stage(single), LineEdits.Apply(original, edits, rows), Utf8);
                _changes.Add(string.Create(CultureInfo.InvariantCulture, $"{single}：新增 {rows.Length} 行，替换 {edits.Count} 行"));
                _written.Add(single);
            }
        }

        private string Read(string relative) => File.ReadAllText(Path.Combine(_inputs.Root, relative), Utf8);
    }
}
