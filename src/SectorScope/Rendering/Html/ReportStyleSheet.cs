namespace SectorScope.Rendering.Html;

/// <summary>
/// The page's one style sheet: a white page on screen, a single column on a phone with tables
/// scrolling inside their box, and A4 pages in print with the firm's footer and page numbers.
/// </summary>
/// <remarks>
/// WenQuanYi Zen Hei has one face, which fontconfig calls medium; Chromium then draws bold text in it
/// at normal weight. Declaring the family again through <c>local()</c> at weight 400 makes the browser
/// embolden it, so headings and labels stay bold; where the font is missing the next family is used.
/// </remarks>
internal static class ReportStyleSheet
{
    /// <summary>The style sheet with the printed footer text (already a quoted CSS string).</summary>
    public static string With(string footerCssString) => Screen + Print.Replace("FOOTER", footerCssString, StringComparison.Ordinal);

    private const string Screen = """
        @font-face{font-family:"WenQuanYi Zen Hei";src:local("WenQuanYi Zen Hei"),local("WenQuanYiZenHei");font-weight:400}
        :root{--ink:#1d2129;--muted:#5c6370;--accent:#9b1c1f;--rule:#d5d9e0;--band:#f4f5f7;--head:rgba(40,50,70,.06);--stripe:rgba(40,50,70,.025)}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:#e9ebef;color:var(--ink);font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:16px;line-height:1.8}
        .report{max-width:980px;margin:24px auto;background:#fff;padding:36px 56px 48px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
        p{margin:0 0 .9em}
        .masthead{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:4px 16px;border-bottom:3px solid var(--accent);padding-bottom:6px;font-size:14px;color:var(--muted)}
        .masthead .firm{font-weight:bold;color:var(--accent)}
        .title{font-size:30px;line-height:1.35;margin:22px 0 6px}
        .thesis{font-size:19px;line-height:1.55;font-weight:bold;color:var(--accent);margin:0 0 22px}
        .front{display:grid;grid-template-columns:250px minmax(0,1fr);column-gap:36px;grid-template-areas:"side main" "forecast forecast";align-items:start}
        .front-side{grid-area:side}
        .front-main{grid-area:main}
        .front .table-block{grid-area:forecast;margin-top:12px}
        .side-box{border-top:2px solid var(--accent);background:var(--band);padding:10px 14px;margin:0 0 16px;font-size:14px;line-height:1.6}
        .side-box h2{font-size:14px;margin:0 0 6px;color:var(--accent)}
        .rating-value{font-size:22px;font-weight:bold;color:var(--accent);margin:0 0 6px}
        .side-box dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0}
        .side-box dt{color:var(--muted)}
        .side-box dd{margin:0}
        .analyst{margin:0 0 4px}
        .licence{display:block;color:var(--muted);font-size:13px}
        .related ul{margin:0;padding:0;list-style:none}
        .related li{margin:0 0 8px}
        .related .date{display:block;color:var(--muted);font-size:13px}
        .front-heading{font-size:18px;color:var(--accent);border-bottom:1px solid var(--rule);margin:0 0 10px;padding-bottom:4px}
        .key-point-label{color:var(--accent)}
        .risk-warning{border:1px solid var(--rule);border-left:4px solid var(--accent);padding:10px 14px;margin:8px 0 0}
        .risk-warning p{margin:0}
        .chapter{margin-top:40px}
        .chapter>h2,.appendix>h2{font-size:22px;line-height:1.4;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:6px;margin:0 0 16px}
        .chapter>h2 .num{margin-right:.4em}
        .appendix{margin-top:40px}
        .empty-note{color:var(--muted);font-style:italic}
        .news-tier{font-weight:bold;color:var(--accent);margin:26px 0 0;font-size:16px}
        .news-group{margin:22px 0 8px}
        .news-group h3{font-size:17px;line-height:1.5;margin:0 0 8px;padding-left:10px;border-left:4px solid var(--accent)}
        .news-group ol{margin:0;padding-left:1.6em}
        .news-group li{margin:0 0 8px}
        .news-meta{color:var(--muted)}
        .methods li{margin:0 0 6px}
        .caption{font-weight:bold;font-size:15px;line-height:1.5;margin:0 0 6px}
        .note,.source{font-size:13px;line-height:1.6;color:var(--muted);margin:6px 0 0}
        .figure{margin:28px 0}
        .chart{border:1px solid var(--rule);padding:8px;background:#fff}
        .chart svg{display:block;width:100%;height:auto}
        .chart-missing{border:1px dashed var(--rule);background:var(--band);color:var(--muted);padding:28px 16px;text-align:center;font-size:14px}
        .table-block{margin:28px 0;min-width:0}
        .table-scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;border-top:2px solid var(--accent);border-bottom:2px solid var(--accent);background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)) left/32px 100% no-repeat local,linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/32px 100% no-repeat local,radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.2),rgba(0,0,0,0)) left/12px 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.2),rgba(0,0,0,0)) right/12px 100% no-repeat scroll}
        table{border-collapse:collapse;width:100%;font-size:14px;line-height:1.5;font-variant-numeric:tabular-nums}
        th,td{padding:6px 10px;white-space:nowrap;text-align:left;vertical-align:top}
        thead th{background:var(--head);border-bottom:1px solid var(--rule);font-weight:bold;vertical-align:bottom}
        thead th.group{text-align:center;border-bottom:1px solid var(--rule)}
        tbody tr:nth-child(even){background:var(--stripe)}
        tbody tr+tr td{border-top:1px solid #eceef1}
        th.r,td.r{text-align:right}
        th.c,td.c{text-align:center}
        .disclaimer p,.methods{font-size:14px;color:var(--muted)}
        .page-footer{margin-top:36px;border-top:1px solid var(--rule);padding-top:8px;font-size:13px;color:var(--muted);text-align:center}
        @media screen and (max-width:760px){
        body{background:#fff;font-size:16px}
        .report{margin:0;padding:16px 16px 32px;box-shadow:none}
        .title{font-size:24px;margin-top:16px}
        .thesis{font-size:17px}
        .front{display:flex;flex-direction:column;align-items:stretch}
        .front>*,.front-side>*,.front-main>*{min-width:0}
        .front-side,.front-main{display:contents}
        .rating{order:1}.analysts{order:2}.key-points{order:3}.front .table-block{order:4;margin-top:0}.related{order:5}.risk-warning{order:6}
        .chapter,.appendix{margin-top:32px}
        .chapter>h2,.appendix>h2{font-size:19px}
        .news-group ol{padding-left:1.3em}
        th,td{padding:5px 8px}
        table{font-size:13px}
        .chart{padding:4px}
        }

        """;

    private const string Print = """
        @page{size:A4;margin:16mm 15mm 18mm;@bottom-left{content:FOOTER;font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:8pt;color:#5c6370}@bottom-right{content:counter(page) " / " counter(pages);font-size:8pt;color:#5c6370}}
        @media print{
        html,body{background:#fff}
        body{font-size:10.5pt;line-height:1.65;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .report{max-width:none;margin:0;padding:0;box-shadow:none}
        .title{font-size:22pt;margin:6mm 0 2mm}
        .thesis{font-size:14pt;margin-bottom:6mm}
        .front{grid-template-columns:50mm minmax(0,1fr);column-gap:7mm}
        .side-box{font-size:8pt;line-height:1.5;padding:2.5mm 3mm;margin-bottom:4mm}
        .side-box h2{font-size:8.5pt;margin-bottom:1.5mm}
        .rating-value{font-size:14pt;margin-bottom:1mm}
        .related li{margin-bottom:1.5mm}
        .related .date,.licence{font-size:7.5pt}
        .related .date{display:inline;margin-left:1.5mm}
        .front-heading{font-size:13pt}
        .front .table-block{margin:4mm 0 0}
        .chapter.major,.appendix.major{break-before:page;margin-top:0}
        .chapter>h2,.appendix>h2{font-size:15pt}
        h2,h3,.caption{break-after:avoid}
        .figure,.chart,.risk-warning,.news-group li{break-inside:avoid}
        .table-block{break-inside:avoid}
        .table-scroll{overflow:visible;background:none}
        table{font-size:8.5pt}
        th,td{padding:3px 5px;white-space:normal}
        thead{display:table-header-group}
        tr{break-inside:avoid}
        .chart svg{max-height:120mm}
        .page-footer{display:none}
        }

        """;
}
