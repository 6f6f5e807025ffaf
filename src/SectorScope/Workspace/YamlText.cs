using YamlDotNet.Core;
using YamlDotNet.Core.Events;
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
            // The node tree is built recursively: nesting is measured first on the flat event stream, so
            // 100,000 '[' (or '- - - …') are a diagnostic, never a stack overflow.
            if (TooDeep(text) is { } deep)
            {
                diagnostics.Add(file, deep, "yaml", ReaderMessages.NestedTooDeep(InputLimits.MaxNesting));
                return null;
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Add(file, (int)e.Start.Line, "yaml", ReaderMessages.NotYaml);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed plain scalars instead of raising a YamlException.
            diagnostics.Add(file, 0, "yaml", ReaderMessages.NotYaml);
            return null;
        }

        empty = stream.Documents.Count == 0;
        if (empty)
        {
            return null;
        }

        // Escapes ("\x01", "\ud800") make characters the file does not hold literally.
        var root = stream.Documents[0].RootNode;
        foreach (var node in root.AllNodes.OfType<YamlScalarNode>())
        {
            if (node.Value is { } value && DocumentText.Problem(value) is { } problem)
            {
                diagnostics.Add(file, (int)node.Start.Line, "yaml", problem);
            }
        }

        return root;
    }

    /// <summary>The line where nesting first exceeds the limit, or null.</summary>
    private static int? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > InputLimits.MaxNesting)
                    {
                        return (int)parser.Current.Start.Line;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }
}
