using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Reporting.FactCheck;

namespace SectorScope.Tests.Reporting.FactCheck;

/// <summary>
/// Who owns the names that begin with a prefix, found by binary search over the sorted names, agrees with the plain
/// reading of the rule (every name scanned, its codes collected) on random names that share prefixes, as the names of a
/// large universe do (样本公司1, 样本公司12, Amazon, Amazon.com, Amazonas).
/// </summary>
public sealed class NameOwnersTests
{
    private static readonly string[] Syllables = ["样本", "公司", "金山", "软件", "云", "1", "2", "A", "Am", "azon", ".com", " ", "s", "-W"];
    private static readonly string[] Codes = ["1.HK", "2.HK", "3.US"];

    private static Gen<string> Names() => Gen.Elements(Syllables).ListOf().Where(p => p.Count is > 0 and < 5).Select(p => string.Concat(p));

    private static Gen<(Dictionary<(string, SubjectKind), List<string>> Map, string Prefix, string Code, bool WholeWord)> Cases() =>
        from entries in (from name in Names() from code in Gen.Elements(Codes) from kind in Gen.Elements(SubjectKind.Security, SubjectKind.Index) select (name, code, kind)).ListOf()
        from prefix in Gen.OneOf(Names(), Gen.Elements(entries.Select(e => e.name).DefaultIfEmpty("样本").ToArray()).Select(n => n[..Math.Max(1, n.Length / 2)]))
        from code in Gen.Elements(Codes)
        from wholeWord in ArbMap.Default.GeneratorFor<bool>()
        select (Map(entries), prefix, code, wholeWord);

    private static Dictionary<(string, SubjectKind), List<string>> Map(IEnumerable<(string Name, string Code, SubjectKind Kind)> entries)
    {
        var map = new Dictionary<(string, SubjectKind), List<string>>();
        foreach (var (name, code, kind) in entries)
        {
            if (!map.TryGetValue((name, kind), out var codes))
            {
                map[(name, kind)] = codes = [];
            }

            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return map;
    }

    /// <summary>The rule as it reads: the distinct codes of every name that begins with the prefix are exactly the one code.</summary>
    private static bool Plain(Dictionary<(string, SubjectKind), List<string>> map, string prefix, string code, bool wholeWord)
    {
        var owners = map.Where(kv => kv.Key.Item1.StartsWith(prefix, StringComparison.Ordinal)
                && (!wholeWord || kv.Key.Item1.Length == prefix.Length || !char.IsAsciiLetterOrDigit(kv.Key.Item1[prefix.Length])))
            .SelectMany(kv => kv.Value).Distinct(StringComparer.Ordinal).ToArray();
        return owners.Length == 1 && owners[0] == code;
    }

    [Property(MaxTest = 2000)]
    public Property Agrees_with_scanning_every_name() => Prop.ForAll(Cases().ToArbitrary(), c =>
        new NameOwners(c.Map).OnlyOwnerOfNamesStartingWith(c.Prefix, c.Code, c.WholeWord) == Plain(c.Map, c.Prefix, c.Code, c.WholeWord));

    [Fact]
    public void A_prefix_shared_by_two_codes_has_no_single_owner_and_one_name_alone_has_its_code()
    {
        var map = Map([("金山软件", "3888.HK", SubjectKind.Security), ("金山云", "KC.US", SubjectKind.Security), ("Amazon.com", "AMZN.US", SubjectKind.Security),
            ("Amazonas", "X.US", SubjectKind.Security)]);
        var owners = new NameOwners(map);
        Assert.False(owners.OnlyOwnerOfNamesStartingWith("金山", "3888.HK", wholeWord: false));
        Assert.True(owners.OnlyOwnerOfNamesStartingWith("金山软", "3888.HK", wholeWord: false));
        Assert.True(owners.OnlyOwnerOfNamesStartingWith("Amazon", "AMZN.US", wholeWord: true));
        Assert.False(owners.OnlyOwnerOfNamesStartingWith("Amazon", "AMZN.US", wholeWord: false));
        Assert.False(owners.OnlyOwnerOfNamesStartingWith("腾讯", "0700.HK", wholeWord: false));
    }
}
