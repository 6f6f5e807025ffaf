using SectorScope.Workspace;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting;

/// <summary>Company news is split as the model report splits it: the key companies' groups first, then the others.</summary>
public sealed class CompanyNewsTiersTests
{
    [Fact]
    public void Key_company_groups_come_first_as_重点公司新闻_and_the_rest_as_其他公司新闻()
    {
        using var demo = new DemoCopy();
        var model = ReportPipeline.BuildModel(demo.Root, null, null).Value.Model;
        var tiers = model.News(NewsSectionId.Company)!.Groups.Select(g => (g.Name, g.Tier)).ToArray();
        Assert.Equal(["腾讯", "网易", "美团", "阿里"], tiers.TakeWhile(t => t.Tier == "重点公司新闻").Select(t => t.Name));
        Assert.All(tiers.Skip(4), t => Assert.Equal("其他公司新闻", t.Tier));
        Assert.Contains(tiers, t => t.Name == "快手");
        Assert.All(model.News(NewsSectionId.Ai)!.Groups, g => Assert.Null(g.Tier));
    }
}
