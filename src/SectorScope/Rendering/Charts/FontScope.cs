namespace SectorScope.Rendering.Charts;

/// <summary>
/// ScottPlot keeps its default font in one static (<c>plot.Font.Set</c> writes it), so charts drawn at the same
/// time in different fonts (a Chinese and an English edition in one process) would borrow each other's font.
/// Charts in the same font still draw in parallel; a chart in another font waits until they are done.
/// </summary>
internal sealed class FontScope : IDisposable
{
    private static readonly object Gate = new();
    private static string? _family;
    private static int _drawing;

    private FontScope()
    {
    }

    public static FontScope Enter(string family)
    {
        lock (Gate)
        {
            while (_drawing > 0 && _family != family)
            {
                Monitor.Wait(Gate);
            }

            _family = family;
            _drawing++;
        }

        return new FontScope();
    }

    public void Dispose()
    {
        lock (Gate)
        {
            if (--_drawing == 0)
            {
                Monitor.PulseAll(Gate);
            }
        }
    }
}
