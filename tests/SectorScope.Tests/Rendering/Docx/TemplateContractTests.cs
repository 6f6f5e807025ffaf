using SectorScope.Rendering.Docx;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Docx;

public sealed class TemplateContractTests
{
    [Fact]
    public void The_template_guide_lists_every_style_the_renderer_uses_by_name_and_ID()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "src", "SectorScope", "Rendering", "Docx", "README.md"));
        Assert.All(DocxStyle.All, s => Assert.Contains($"| {s.Name} | {s.Id} |", guide));
    }
}
