namespace SectorScope.Rendering.Pdf;

/// <summary>The PDF step failed: LibreOffice is missing, timed out, exited with an error or wrote no file. The run must fail.</summary>
public sealed class PdfConversionException : Exception
{
    public PdfConversionException()
    {
    }

    public PdfConversionException(string message)
        : base(message)
    {
    }

    public PdfConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
