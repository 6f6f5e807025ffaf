using DocumentFormat.OpenXml.Wordprocessing;

namespace SectorScope.Rendering.Docx;

/// <summary>The page a body is laid out on, in twentieths of a point (twips); read from the section properties.</summary>
internal readonly record struct PageGeometry(int PageWidth, int PageHeight, int LeftMargin, int RightMargin, int TopMargin, int BottomMargin)
{
    public const int EmuPerTwip = 635;

    /// <summary>A4 with 2 cm side margins: the built-in default.</summary>
    public static PageGeometry A4 { get; } = new(11906, 16838, 1134, 1134, 1417, 1247);

    public int TextWidth => PageWidth - LeftMargin - RightMargin;

    public int TextHeight => PageHeight - TopMargin - BottomMargin;

    public static PageGeometry Of(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        var a4 = A4;
        int width = (int?)size?.Width?.Value ?? a4.PageWidth;
        int height = (int?)size?.Height?.Value ?? a4.PageHeight;
        if (size?.Orient?.Value == PageOrientationValues.Landscape && width < height)
        {
            (width, height) = (height, width);
        }

        return new PageGeometry(
            width,
            height,
            (int?)margin?.Left?.Value ?? a4.LeftMargin,
            (int?)margin?.Right?.Value ?? a4.RightMargin,
            Math.Abs(margin?.Top?.Value ?? a4.TopMargin),
            Math.Abs(margin?.Bottom?.Value ?? a4.BottomMargin));
    }

    public SectionProperties ToSection() => new(
        new PageSize { Width = (uint)PageWidth, Height = (uint)PageHeight },
        new PageMargin
        {
            Top = TopMargin,
            Right = (uint)RightMargin,
            Bottom = BottomMargin,
            Left = (uint)LeftMargin,
            Header = 567,
            Footer = 567,
            Gutter = 0,
        },
        new Columns { Space = "425" },
        new DocGrid { LinePitch = 360 });
}
