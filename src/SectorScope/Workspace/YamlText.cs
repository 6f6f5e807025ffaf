using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SectorScope.Workspace;

/// <summary>Parses a workspace YAML file, turning a syntax error into a diagnostic at its line.</summary>
internal static class YamlText
{
    /// <summary>The first document's root node; null with <paramref name="empty"/> false when the text does not parse.</summary>
    public static YamlNode? Root(string file, string text, DiagnosticBag diagnostics, out bool empty)
    {
        var stream = new YamlStream();
        empty = false;
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Add(file, (int)e.Start.Line, "yaml", e.InnerException?.Message ?? e.Message);
            return null;
        }

        empty = stream.Documents.Count == 0;
        return empty ? null : stream.Documents[0].RootNode;
    }
}
