using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using SectorScope.Cli;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.RealData;

/// <summary>
/// The sample workspaces made from real price histories (<c>samples/&lt;name&gt;/README.md</c> names each source), each
/// reported once per test run by the command line in every format, from a copy of the workspace.
/// </summary>
public sealed class RealDataReports : IDisposable
{
    /// <summary>The real-data samples and the period each reports.</summary>
    public static readonly IReadOnlyDictionary<string, string> Workspaces = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["swiss-healthcare-2008-08"] = "2008-08",
        ["us-smallcap-2001-12"] = "2001-12",
        ["us-industrials-2000-12"] = "2000-12",
    };

    private readonly ConcurrentDictionary<string, Lazy<Report>> _reports = new(StringComparer.Ordinal);

    /// <summary>The report of sample <paramref name="name"/>, made on first use.</summary>
    public Report Of(string name) => _reports.GetOrAdd(name, n => new Lazy<Report>(() => Report.Make(n))).Value;

    public void Dispose()
    {
        foreach (var report in _reports.Values.Where(r => r.IsValueCreated))
        {
            report.Value.Dispose();
        }
    }

    /// <summary>One sample's copy and the folder its report was written to.</summary>
    public sealed class Report : IDisposable
    {
        private Report(string workspace, string output)
        {
            Workspace = workspace;
            Output = output;
        }

        public string Workspace { get; }

        public string Output { get; }

        internal static Report Make(string name)
        {
            var workspace = Repository.CopyToTemp(Path.Combine(Repository.Root, "samples", name));
            var output = workspace + "-out";
            var code = SectorScopeCli.Run(["report", "--workspace", workspace, "--period", Workspaces[name], "--out", output, "--no-history"]);
            Assert.True(code == ExitCodes.Ok, $"report of {name} exited with {code}");
            return new Report(workspace, output);
        }

        /// <summary>A data table of report.json as rows of text cells (numbers in round-trip form).</summary>
        public IReadOnlyList<Dictionary<string, string>> DataTable(string table)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "report.json")));
            var t = json.RootElement.GetProperty("data_tables").EnumerateArray().Single(e => e.GetProperty("name").GetString() == table);
            var columns = t.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
            return [.. t.GetProperty("rows").EnumerateArray().Select(r => columns.Zip(r.EnumerateArray(), (c, v) => (c, Cell(v))).ToDictionary(p => p.c, p => p.Item2))];
        }

        private static string Cell(JsonElement v) => v.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.Number => v.GetRawText(),
            _ => v.ToString(),
        };

        /// <summary>Every output file that holds text, with the text a reader sees: Word and Excel files' XML without
        /// tags (a name split over two runs is found whole), the PDF through pdftotext, the rest as written.</summary>
        public IEnumerable<(string File, string Text)> Texts()
        {
            foreach (var path in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(Output, path);
                switch (Path.GetExtension(path))
                {
                    case ".png":
                        continue;
                    case ".pdf":
                        yield return (relative, Tool.Run("pdftotext", "-enc", "UTF-8", path, "-"));
                        break;
                    case ".docx" or ".xlsx":
                        using (var zip = ZipFile.OpenRead(path))
                        {
                            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
                            {
                                using var reader = new StreamReader(entry.Open());
                                yield return ($"{relative}!{entry.FullName}", Regex.Replace(reader.ReadToEnd(), "<[^>]*>", ""));
                            }
                        }

                        break;
                    default:
                        yield return (relative, File.ReadAllText(path));
                        break;
                }
            }
        }

        public void Dispose()
        {
            foreach (var folder in new[] { Workspace, Output }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}

/// <summary>The tests that read the real-data reports; the reports are made once.</summary>
[CollectionDefinition(Name)]
public sealed class RealDataCollection : ICollectionFixture<RealDataReports>
{
    public const string Name = "Real-data reports";
}
