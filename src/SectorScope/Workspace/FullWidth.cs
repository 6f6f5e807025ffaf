namespace SectorScope.Workspace;

/// <summary>
/// Full-width forms (１２３．４５, ％, ，, ＡＢＣ) and the ideographic space folded into ASCII, one character for one.
/// Done by hand: the product runs with invariant globalization, where Unicode normalization (NFKC) is not applied.
/// </summary>
public static class FullWidth
{
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };
}
