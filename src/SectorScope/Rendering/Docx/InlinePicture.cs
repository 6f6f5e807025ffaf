using System.Buffers.Binary;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace SectorScope.Rendering.Docx;

/// <summary>Adds PNG pictures to the main part and builds the inline drawing that shows one.</summary>
internal sealed class InlinePicture(MainDocumentPart main, uint firstDrawingId)
{
    private uint _nextId = firstDrawingId;
    private int _nextPart = 1;

    /// <summary>Pixel size of a PNG, read from its IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new ArgumentException("chart bytes are not a PNG image", nameof(png));
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>A run holding <paramref name="png"/> scaled to <paramref name="maxWidth"/> × <paramref name="maxHeight"/> twips, keeping its aspect ratio.</summary>
    public Run Add(byte[] png, string name, string description, int maxWidth, int maxHeight)
    {
        var (px, py) = PngSize(png);
        double scale = Math.Min((double)maxWidth / px, (double)maxHeight / py);
        long cx = (long)Math.Round(px * scale) * PageGeometry.EmuPerTwip;
        long cy = (long)Math.Round(py * scale) * PageGeometry.EmuPerTwip;

        string relId = "rIdImg" + _nextPart.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _nextPart++;
        var part = main.AddImagePart(ImagePartType.Png, relId);
        using (var stream = new MemoryStream(png, writable: false))
        {
            part.FeedData(stream);
        }

        uint id = _nextId++;
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(
                new A.Blip { Embed = relId },
                new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));

        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = id, Name = name, Description = description },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Run(new Drawing(inline));
    }
}
