using YamlDotNet.RepresentationModel;

namespace SectorScope.Workspace;

/// <summary>
/// <c>narrative/en/glossary.yaml</c>: the English for the Chinese texts a workspace supplies (title, firm,
/// ratings, index and series names, units, taxonomy headings, news titles and headlines), one
/// <c>中文: English</c> pair a line. The English edition shows a text's English where the glossary has it.
/// </summary>
public static class Glossary
{
    public const string FileName = "narrative/en/glossary.yaml";

    public static IReadOnlyDictionary<string, string> Read(string text, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = YamlText.Root(FileName, text, diagnostics, out bool empty);
        if (empty || node is null)
        {
            return result;
        }

        if (node is not YamlMappingNode root)
        {
            diagnostics.Add(FileName, 1, "yaml", ReaderMessages.GlossaryNotMapping);
            return result;
        }

        var y = new SettingsReader.YamlAccess(FileName, diagnostics);
        foreach (var (k, v) in root.Children)
        {
            var key = y.Scalar(k);
            var value = y.Scalar(v);
            if (key is null || value is null || value.Trim().Length == 0)
            {
                y.Error(k, key ?? "", ReaderMessages.ExpectedGlossaryEntry);
                continue;
            }

            if (!result.TryAdd(key.Trim(), value.Trim()))
            {
                y.Error(k, key, ReaderMessages.GivenTwice);
            }
        }

        return result;
    }
}
