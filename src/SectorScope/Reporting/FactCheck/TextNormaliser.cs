namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// Text as people type it, made readable one character for one: full-width digits, letters and %+-. become
/// ASCII (１６.７％ → 16.7%), and every minus or hyphen of another width becomes '-' (−, –, ‒, ﹣, －). Chinese
/// punctuation (，。、（）) stays, because it carries clause and list structure; the em dash stays, because
/// "——16.7%" is a dash before a number, not its sign. Offsets are unchanged, so the original text can be
/// quoted at the same positions.
/// </summary>
public static class TextNormaliser
{
    public static string Normalise(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            span[i] = Normalise(source[i]);
        }
    });

    public static char Normalise(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '％' or '﹪' => '%',
        '＋' or '﹢' => '+',
        '．' => '.',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' or '\u2796' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u3000' or '\u00A0' or '\u2009' or '\u202F' => ' ',
        _ => c,
    };
}
