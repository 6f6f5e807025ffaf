using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Import;

namespace SectorScope.Tests.Import;

/// <summary>
/// Any bytes or text fed to each layout reader end in a result, never an exception, and a failed import
/// leaves the workspace as it was. Inputs: random bytes behind each format's magic, and the real fixtures
/// with random cells replaced by random Unicode.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ImportPropertyTests : IClassFixture<ImportPropertyTests.Shared>
{
    private readonly Shared _shared;

    public ImportPropertyTests(Shared shared) => _shared = shared;

    public sealed class Shared : IDisposable
    {
        public ImportWorkspace Workspace { get; } = new();

        public void Dispose() => Workspace.Dispose();
    }

    private static Arbitrary<byte[]> Bytes() => ArbMap.Default.GeneratorFor<byte[]>().Where(b => b.Length < 4000).ToArbitrary();

    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private bool ImportEnds(string name, byte[] bytes, ImportKind kind = ImportKind.Prices)
    {
        var path = _shared.Workspace.WriteBytes($"{Guid.NewGuid():N}-{name}", bytes);
        var before = ImportWorkspace.Snapshot(_shared.Workspace.Root);
        var result = _shared.Workspace.Import(kind, [path], dryRun: true);
        File.Delete(path);
        return (result.Failed || result.Summary.Count > 0) && ImportWorkspace.Snapshot(_shared.Workspace.Root).SequenceEqual(before);
    }

    [Property(MaxTest = 40)]
    public Property Random_bytes_as_csv_never_crash() => Prop.ForAll(Bytes(), b => ImportEnds("x.csv", b));

    [Property(MaxTest = 25)]
    public Property Random_bytes_behind_an_xlsx_signature_never_crash() => Prop.ForAll(Bytes(), b => ImportEnds("x.xlsx", [.. Zip, .. b]));

    [Property(MaxTest = 25)]
    public Property Random_bytes_behind_an_xls_signature_never_crash() => Prop.ForAll(Bytes(), b => ImportEnds("x.xls", [.. Ole, .. b]));

    [Property(MaxTest = 40)]
    public Property Random_bytes_as_json_never_crash() => Prop.ForAll(Bytes(), b => ImportEnds("x.json", [(byte)'{', .. b]));

    [Property(MaxTest = 40)]
    public Property Random_unicode_cells_in_a_wide_and_a_long_table_never_crash() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<NonNull<string>[]>().ToArbitrary(), ArbMap.Default.GeneratorFor<int>().ToArbitrary(), (texts, seed) =>
        {
            var random = new Random(seed);
            var kinds = Enum.GetValues<ImportKind>();
            return (string[])["代码,0700.HK,3690.HK,9988.HK\n单位,港元,港元,港元\n2024-11-28,1,2,3\n2024-11-29,4,5,6\n\n数据来源：Wind\n",
                        "ts_code,trade_date,close\n0700.HK,20241128,1\n3690.HK,20241129,2\n"] is var tables
                && tables.All(table =>
                {
                    var cells = table.Split('\n').Select(l => l.Split(',')).ToArray();
                    foreach (var text in texts.Take(8))
                    {
                        var row = cells[random.Next(cells.Length)];
                        row[random.Next(row.Length)] = text.Get.Replace("\n", "", StringComparison.Ordinal);
                    }

                    var mutated = string.Join("\n", cells.Select(r => string.Join(",", r)));
                    return ImportEnds("m.csv", Encoding.UTF8.GetBytes(mutated), kinds[random.Next(kinds.Length)]);
                });
        });

    [Property(MaxTest = 20)]
    public Property Random_bytes_overwriting_a_real_workbook_never_crash() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<int>().ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var name = random.Next(2) == 0 ? "hk-2020-2022.xlsx" : "hk-2023-2024.xls";
            var bytes = File.ReadAllBytes(ImportWorkspace.Fixture(name));
            for (int i = 0; i < 20; i++)
            {
                bytes[random.Next(8, bytes.Length)] = (byte)random.Next(256);
            }

            return ImportEnds(name, bytes);
        });

    [Property]
    public bool Cell_parsers_take_any_text_and_keep_their_ranges(NonNull<string> text) =>
        (!CellParsing.TryDate(text.Get, true, out var date) || date.Year is >= 1900 and <= 2200)
        && (CellParsing.Number(text.Get) is var n && (n.Kind != CellKind.Number || double.IsFinite(n.Value)))
        && (VendorCodes.Canonical(text.Get) is null or { Length: > 3 })
        && (!FxPairs.TryParse(text.Get, out var from, out var to) || (from.Length == 3 && to.Length == 3 && from != to));
}
