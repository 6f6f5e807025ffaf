using SectorScope.Store;
using SectorScope.Store.Postgres;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Store.Postgres;

/// <summary>
/// Loading the shared store: the workspace's checks and messages, only changed files read, a corrected file
/// changing only its differing rows, a file gone taking its rows, a refused load leaving the store as it was.
/// </summary>
public sealed class SharedLoadTests : IDisposable
{
    private readonly string _folder = Repository.CopyToTemp(Repository.DemoWorkspace);

    private string PriceFile => Path.Combine(_folder, "prices", "HK-2024.csv");

    [PostgresFact]
    public void A_reload_of_unchanged_files_writes_nothing_and_a_corrected_line_writes_one_row()
    {
        var address = SharedStore.Loaded(_folder);
        var again = SharedStore.Load(_folder, address).Value;
        Assert.True(again.UpToDate);

        // A vendor corrects one close: only that file is read and only that row replaced.
        var lines = File.ReadAllLines(PriceFile);
        var fields = lines[100].Split(',');
        lines[100] = $"{fields[0]},{fields[1]},123.4567";
        File.WriteAllLines(PriceFile, lines);
        var corrected = SharedStore.Load(_folder, address).Value;
        Assert.Equal(["prices/HK-2024.csv"], corrected.Refreshed);
        Assert.Equal(1, corrected.RowsWritten);
        Assert.Equal(SharedStore.Rows(SharedStore.Loaded(_folder)), SharedStore.Rows(address));
        Assert.Contains($"p|prices/HK-2024.csv|101|{fields[0]}|{fields[1]}|123.4567|", SharedStore.Rows(address));

        // A file gone from the folder takes its rows with it.
        File.Delete(Path.Combine(_folder, "prices", "US-2020.csv"));
        var removed = SharedStore.Load(_folder, address).Value;
        Assert.Equal(["prices/US-2020.csv"], removed.Removed);
        Assert.DoesNotContain(SharedStore.Rows(address), r => r.StartsWith("p|prices/US-2020.csv|", StringComparison.Ordinal));
        Assert.Equal(SharedStore.Rows(SharedStore.Loaded(_folder)), SharedStore.Rows(address));
    }

    [PostgresFact]
    public void Bad_files_are_refused_with_the_workspace_ingests_messages_and_the_store_keeps_its_data()
    {
        var address = SharedStore.Loaded(_folder);
        var before = SharedStore.Rows(address);
        File.AppendAllText(PriceFile, "2024-12-31,0700.HK,-1\n2024-12-31,NOPE.HK,5\nnot a date,0700.HK,5\n");
        File.AppendAllText(Path.Combine(_folder, "fx.csv"), "2024-12-31,USD,USD,1\n");

        var shared = SharedStore.Load(_folder, address).Rejected!;
        var workspace = WorkspaceReader.Open(_folder).Then(i => StoreIngester.Ingest(i)).Rejected!;
        Assert.Equal(workspace.Diagnostics.Select(d => d.ToString()), shared.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(4, shared.Diagnostics.Count);
        Assert.Contains(shared.Diagnostics, d => d.ToString().StartsWith("prices/HK-2024.csv:", StringComparison.Ordinal) && d.ToString().Contains("NOPE.HK", StringComparison.Ordinal));
        Assert.Equal(before, SharedStore.Rows(address));
    }

    [PostgresFact]
    public void Two_files_disagreeing_on_a_close_are_refused_as_in_a_workspace()
    {
        var address = SharedStore.Loaded(_folder);
        var before = SharedStore.Rows(address);
        var first = File.ReadLines(PriceFile).Skip(1).First().Split(',');
        File.WriteAllText(Path.Combine(_folder, "prices", "HK-fix.csv"), $"date,code,close\n{first[0]},{first[1]},999\n");
        var shared = SharedStore.Load(_folder, address).Rejected!;
        var workspace = WorkspaceReader.Open(_folder).Then(i => StoreIngester.Ingest(i)).Rejected!;
        Assert.Equal(workspace.Diagnostics.Select(d => d.ToString()), shared.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("重复出现且数值与", Assert.Single(shared.Diagnostics).ToString(), StringComparison.Ordinal);
        Assert.Equal(before, SharedStore.Rows(address));
    }

    [PostgresFact]
    public void A_code_removed_from_the_reference_files_while_unchanged_prices_name_it_is_refused()
    {
        var address = SharedStore.Loaded(_folder);
        var securities = Path.Combine(_folder, "securities.csv");
        File.WriteAllLines(securities, File.ReadAllLines(securities).Where(l => !l.StartsWith("0700.HK,", StringComparison.Ordinal)));
        var e = SharedStore.Load(_folder, address).Rejected!;
        Assert.All(e.Diagnostics, d => Assert.Contains("未知代码 「0700.HK」", d.ToString(), StringComparison.Ordinal));
    }

    [PostgresFact]
    public void A_folder_without_reference_files_is_refused_before_connecting()
    {
        File.Delete(Path.Combine(_folder, "securities.csv"));
        var e = MarketDataFolder.Open(_folder).Rejected!;
        Assert.Equal("securities.csv: file: 缺少文件：市场数据在 securities.csv 与 indices.csv 中定义代码", Assert.Single(e.Diagnostics).ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
