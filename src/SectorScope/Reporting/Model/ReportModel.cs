namespace SectorScope.Reporting.Model;

/// <summary>
/// The whole report: every section in PRODUCT.md's order (the news sections those of the taxonomy, in its order), the numbered tables and figures, the
/// machine-readable tables, and provenance. Renderers read this and compute nothing.
/// </summary>
public sealed record ReportModel(
    string SchemaVersion,
    ReportHeader Header,
    FrontPage FrontPage,
    MarketReviewSection MarketReview,
    ValuationSection Valuation,
    IReadOnlyList<NewsSection> NewsSections,
    TextSection Recommendation,
    ChangesSection Changes,
    TextSection Risks,
    TextSection Disclaimer,
    MethodsNote Methods,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<DataTable> DataTables,
    NewsDigestSummary? NewsDigest = null,
    FactCheck.FactCheckReport? FactCheck = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    Workspace.ReportLanguage Language = Workspace.ReportLanguage.ZhCn)
{
    public const string CurrentSchema = "sectorscope.report/2";

    /// <summary>
    /// What the run read but left out of the report, and why (an empty part, a history entry of another sector): said
    /// by <c>check</c> and <c>report</c>, so nothing is dropped without a word. Absent from report.json when there is none.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Notices { get; init; }

    public ReportTable Table(string id) => Tables.First(t => t.Id == id);

    public ReportFigure Figure(string id) => Figures.First(f => f.Id == id);

    /// <summary>The news section of this kind, or null when the taxonomy shows none.</summary>
    public NewsSection? News(Workspace.NewsSectionId id) => NewsSections.FirstOrDefault(s => s.Id == id);
}
