using DocumentFormat.OpenXml;
using SectorScope.Rendering.Layout;
using static SectorScope.Rendering.Docx.Blocks;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// Maps the laid-out document to Word paragraphs and tables: the front page, then every section with
/// its heading; the first section starts a new page after the front page.
/// </summary>
internal sealed partial class BodyWriter(StyleMap styles, PageGeometry page, TableWriter tables, FigureWriter figures)
{
    private readonly List<OpenXmlElement> _body = [];

    public IReadOnlyList<OpenXmlElement> Write(ReportDocument d)
    {
        FrontPage(d.FrontPage);
        foreach (var section in d.Sections)
        {
            var heading = Paragraph(styles[DocxStyle.Heading1], section.Number is null ? section.Heading : $"{section.NumberText} {section.Heading}");
            Add(section == d.Sections[0] ? heading.BreakPageBefore() : heading);
            Blocks(section.Blocks, section.Kind == SectionKind.Disclaimer ? styles[DocxStyle.Disclaimer] : styles[DocxStyle.BodyText]);
        }

        return _body;
    }

    private void Blocks(IReadOnlyList<Block> blocks, string paragraphStyle)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case ParagraphBlock p:
                    Add(Paragraph(paragraphStyle, [.. p.Runs.Select(r => Run(r.Text, r.Style == TextWeight.Strong ? styles[DocxStyle.Strong] : null))]));
                    break;
                case NoteBlock n:
                    // A note standing for missing news stays with the figure or table after it.
                    var note = Paragraph(styles[DocxStyle.Note], n.Text);
                    Add(i + 1 < blocks.Count && blocks[i + 1] is FigureBlock or TableBlock ? note.KeepWithNext() : note);
                    break;
                case ListBlock l:
                    foreach (var item in l.Items)
                    {
                        Add(Paragraph(styles[DocxStyle.ListItem], Run("•"), Tab(), Run(item)));
                    }

                    break;
                case NewsGroupBlock g:
                    News(g);
                    break;
                case FigureBlock:
                    // Consecutive figures go together, so that two half-width ones can sit side by side.
                    var run = blocks.Skip(i).TakeWhile(b => b is FigureBlock).Cast<FigureBlock>().ToArray();
                    _body.AddRange(figures.Write(run));
                    i += run.Length - 1;
                    break;
                case TableBlock t:
                    _body.AddRange(tables.Write(t));
                    break;
            }
        }
    }

    private void News(NewsGroupBlock group)
    {
        if (group.Tier is not null)
        {
            Add(Paragraph(styles[DocxStyle.PanelHeading], group.Tier).KeepWithNext());
        }

        Add(Paragraph(styles[DocxStyle.Heading2], group.Heading));
        foreach (var item in group.Items)
        {
            Add(Paragraph(styles[DocxStyle.ListItem], Run(item.Number), Tab(), Run(item.Title, styles[DocxStyle.Strong]), Run(item.Meta + item.Body)));
        }
    }

    private void Add(OpenXmlElement element) => _body.Add(element);
}
