using System.Globalization;
using SectorScope.Workspace;

namespace SectorScope.Import;

/// <summary>
/// <c>sectorscope import</c>: reads each source file, recognises its layout, maps its codes, merges its
/// values into the workspace's inputs and writes them only when every file is clean, every conflict is
/// resolved and the result passes the same validation ingest applies. All problems are returned at once.
/// </summary>
public static partial class Importer
{
    public const string CodeMapFile = "code_map.csv";

    /// <summary>The step reported to the progress callback (with fraction 0) when reading is done and the staged workspace is validated.</summary>
    public const string ValidateStep = "校验导入结果";

    public static ImportResult Run(ImportRequest request, Action<string, double>? progress = null)
    {
        var run = new ImportRun(request, progress);
        return run.Execute();
    }

    /// <summary>The state of one import: the workspace's rows, the plan, the staged files and the counts.</summary>
    private sealed partial class ImportRun(ImportRequest request, Action<string, double>? progress)
    {
        private readonly ImportProblems _problems = new();
        private readonly List<string> _info = [];
        private readonly List<string> _changes = [];
        private readonly List<ImportedValue> _singleFileRows = [];
        private readonly Dictionary<string, SortedDictionary<int, string?>> _edits = new(StringComparer.Ordinal);
        private readonly List<string> _written = [];
        private WorkspaceInputs _inputs = null!;
        private MergePlan _plan = null!;
        private MonthEnd _monthEnd = null!;
        private CodeTally _codes = null!;
        private int _added, _same, _conflicts, _replaced, _repeats;
        private DateOnly? _first, _last;

        private ImportKind Kind => request.Kind;

        public ImportResult Execute()
        {
            if (!Open())
            {
                return Result(written: false);
            }

            using var staged = new StagedWorkspace(request.Workspace);
            foreach (var file in request.Files)
            {
                ReadFile(file, staged);
            }

            CheckCodes();
            if (_problems.Any)
            {
                return Result(written: false);
            }

            StageEdits(staged);
            if (staged.Changed.Count == 0)
            {
                _changes.Add("工作区无需改动：文件中的数据工作区都已有");
                return Result(written: false);
            }

            progress?.Invoke(ValidateStep, 0);
            if (staged.Validate(_inputs.Files.Select(f => f.File.RelativePath)) is { } rejected)
            {
                _problems.AddRange("导入结果未通过检查", rejected.Diagnostics);
                return Result(written: false);
            }

            if (!request.DryRun)
            {
                staged.Commit();
            }

            return Result(written: !request.DryRun);
        }

        /// <summary>Reads the workspace as it is, its code map and its current rows of the kind.</summary>
        private bool Open()
        {
            var opened = WorkspaceReader.Open(request.Workspace);
            if (opened.Rejected is { } rejected)
            {
                _problems.AddRange("工作区现有文件有问题，请先修正", rejected.Diagnostics);
                return false;
            }

            _inputs = opened.Value;

            var diagnostics = new DiagnosticBag();
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var mapFile = new InputFile(CodeMapFile, InputKind.Securities);
            if (File.Exists(mapFile.FullPath(_inputs.Root)) && WorkspaceReader.ReadText(mapFile, _inputs.Root, diagnostics) is { } text)
            {
                map = CodeResolver.ReadMap(CodeMapFile, text, diagnostics);
            }

            var rows = WorkspaceRows.Read(_inputs, Kind, diagnostics);
            if (diagnostics.HasErrors)
            {
                _problems.AddRange("工作区现有文件有问题，请先修正", diagnostics.Sorted());
                return false;
            }

            _plan = new MergePlan(rows.Rows);
            _monthEnd = new MonthEnd(rows.TradingDays);
            _codes = new CodeTally(new CodeResolver(map, _inputs.Universe.Contains, request.UniverseAll));
            return true;
        }

        private ImportResult Result(bool written)
        {
            var summary = new List<string>();
            if (_inputs is not null && _codes is not null)
            {
                var entries = _codes.Entries.ToArray();
                var kept = entries.Where(e => e.Resolved.Outcome is CodeOutcome.Known or CodeOutcome.New && e.Rows > 0).Select(e => e.Resolved.Code).Distinct().Count();
                var dropped = entries.Where(e => e.Resolved.Outcome is CodeOutcome.Dropped or CodeOutcome.Unknown).Select(e => e.Vendor).Distinct().Count();
                var range = _first is { } f && _last is { } l ? $"，日期 {CsvText.Date(f)} 至 {CsvText.Date(l)}" : "";
                var codes = ImportKinds.HasCodes(Kind) ? $"，保留代码 {kept} 个，舍弃代码 {dropped} 个" : "";
                var replaced = _replaced > 0 ? $"（以 {request.Name(ImportOption.Replace)} 替换 {_replaced} 行）" : "";
                summary.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{ImportKinds.Name(Kind)}：新增 {_added} 行，与工作区相同而跳过 {_same} 行，冲突 {_conflicts} 行{replaced}{codes}{range}"));
                var verb = written ? "已写入" : request.DryRun && !_problems.Any ? $"将写入（{request.Name(ImportOption.DryRun)}，未写入）" : "未写入任何文件";
                summary.Add(_written.Count > 0 && !_problems.Any ? $"{verb}：{string.Join("、", _written)}" : "未写入任何文件");
            }

            return new ImportResult(_info, _problems.Lines(), _changes, summary, written);
        }
    }
}
