namespace SectorScope.Analytics;

/// <summary>What happened to a company's rating between two reports.</summary>
public enum RatingAction
{
    /// <summary>维持: covered in both with the same rating.</summary>
    Maintained,

    /// <summary>上调: a rating earlier in the scale (the scale lists the best first).</summary>
    Upgraded,

    /// <summary>下调: a rating later in the scale.</summary>
    Downgraded,

    /// <summary>首次覆盖: rated now, not rated in the previous report.</summary>
    Initiated,

    /// <summary>停止覆盖: rated in the previous report, not now.</summary>
    Dropped,
}

public static class RatingActions
{
    /// <summary>
    /// The action from <paramref name="previous"/> to <paramref name="current"/> (null: not covered), by
    /// position in <paramref name="scale"/>, best first as in 买入, 优于大市, 中性 …; null when neither rates it.
    /// </summary>
    public static RatingAction? Compare(string? previous, string? current, IReadOnlyList<string> scale)
    {
        if (previous is null)
        {
            return current is null ? null : RatingAction.Initiated;
        }

        if (current is null)
        {
            return RatingAction.Dropped;
        }

        int before = IndexIn(scale, previous), now = IndexIn(scale, current);
        return now == before ? RatingAction.Maintained : now < before ? RatingAction.Upgraded : RatingAction.Downgraded;
    }

    private static int IndexIn(IReadOnlyList<string> scale, string rating)
    {
        for (int i = 0; i < scale.Count; i++)
        {
            if (scale[i] == rating)
            {
                return i;
            }
        }

        throw new ArgumentException($"rating '{rating}' is not in the scale; inputs are validated against it", nameof(rating));
    }
}
