using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SectorScope.Rendering.Html;

/// <summary>
/// Escapes model text for the two places it goes in the page: HTML text and attributes, and a CSS
/// string inside the style sheet (the printed page footer). Chinese text stays readable in the source.
/// </summary>
internal static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Text or an attribute value: &lt; &gt; &amp; and quotes become character references.</summary>
    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>
    /// A quoted CSS string. Every ASCII character but letters, digits and space is written as a hex
    /// escape, so no input can close the string, the rule or the &lt;style&gt; element.
    /// </summary>
    public static string CssString(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value >= 0x80 ? Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029 : !(Rune.IsLetterOrDigit(rune) || rune.Value == ' '))
            {
                sb.Append('\\').Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                sb.Append(rune.ToString());
            }
        }

        return sb.Append('"').ToString();
    }
}
