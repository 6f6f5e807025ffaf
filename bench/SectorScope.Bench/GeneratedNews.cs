using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SectorScope.Bench;

/// <summary>
/// A seeded pile of news items around November 2024: sentences built from company, action and
/// object lists, about one in ten retold by another source a day or two later, a few percent dated
/// outside the month. Nothing here is meant to be read; it is shaped like the real feed.
/// </summary>
internal static class GeneratedNews
{
    private static readonly (string Name, string? Code)[] Companies =
    [
        ("腾讯", "0700.HK"), ("阿里巴巴", "9988.HK"), ("美团", "3690.HK"), ("快手", "1024.HK"), ("网易", "9999.HK"), ("京东", "9618.HK"),
        ("拼多多", "PDD.US"), ("百度", "9888.HK"), ("小米集团", "1810.HK"), ("哔哩哔哩", "9626.HK"), ("OpenAI", null), ("谷歌", "GOOGL.US"),
        ("微软", null), ("Meta", "META.US"), ("月之暗面", null), ("字节跳动", null), ("苹果", null), ("小红书", null),
    ];

    private static readonly string[] Actions = ["发布", "上线", "推出", "升级", "测试", "开源", "调整", "公布", "宣布", "暂停"];

    private static readonly string[] Objects =
    [
        "新一代大模型", "AI搜索功能", "智能体平台", "推理模型", "多模态模型", "手游新作", "游戏版号申请", "电商大促战报", "直播带货规则", "退款服务规则",
        "外卖骑手保障计划", "到店团购业务", "本地生活补贴", "跨境支付服务", "刷掌支付", "短视频创作者激励", "青少年模式", "第三季度业绩", "股份回购计划", "海外业务",
    ];

    private static readonly string[] Details =
    [
        "据公司介绍，新版本在响应速度和准确率上均有提升。", "相关功能将首先向部分用户开放，随后逐步推广。", "分析人士认为此举有助于提升用户活跃度。",
        "公司表示将继续加大研发投入。", "平台同时更新了商家管理后台。", "业内预计该业务明年将贡献更多收入。", "监管部门此前曾就相关问题约谈平台。",
        "活动期间成交额同比增长明显。", "新规则将于下月起正式执行。", "该产品已在多个城市试点。",
    ];

    private static readonly string[] Sources = ["公司公告", "示例财经快讯", "示例科技周刊", "行业观察", "Sensor Tower", "示例日报"];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><paramref name="count"/> items as JSON lines, deterministic for a given count.</summary>
    public static string JsonLines(int count)
    {
        var rng = new Random(20241130);
        var text = new StringBuilder();
        var written = new List<(DateOnly Date, string Company, string? Code, string Action, string Obj, int Figure)>();
        var start = new DateOnly(2024, 10, 28);
        for (int i = 0; i < count; i++)
        {
            (DateOnly Date, string Company, string? Code, string Action, string Obj, int Figure) story;
            string title, body, source;
            if (written.Count > 20 && rng.NextDouble() < 0.1)
            {
                // A retelling: same facts, other words, another source, a day or two later.
                var s = written[rng.Next(written.Count)];
                story = s with { Date = s.Date.AddDays(rng.Next(0, 3)) };
                title = $"{s.Obj}：{s.Company}{s.Action}，涉及金额约{s.Figure}亿元";
                body = $"{s.Company}{s.Action}{s.Obj}，相关金额约{s.Figure}亿元。{Details[(s.Figure + 3) % Details.Length]}";
                source = Sources[rng.Next(1, Sources.Length)];
            }
            else
            {
                var (company, code) = Companies[rng.Next(Companies.Length)];
                story = (start.AddDays(rng.Next(0, 39)), company, code, Actions[rng.Next(Actions.Length)], Objects[rng.Next(Objects.Length)], rng.Next(1, 5000));
                title = $"{story.Company}{story.Action}{story.Obj}";
                body = $"{story.Company}近日{story.Action}{story.Obj}，相关金额约{story.Figure}亿元。{Details[rng.Next(Details.Length)]}{Details[rng.Next(Details.Length)]}";
                source = Sources[rng.Next(Sources.Length)];
                written.Add(story);
            }

            var line = new Dictionary<string, object?>
            {
                ["date"] = story.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["source"] = source,
                ["title"] = title,
                ["body"] = body,
                ["url"] = $"https://example.com/bench/{i.ToString(CultureInfo.InvariantCulture)}",
                ["companies"] = story.Code is { } c && rng.NextDouble() < 0.5 ? new[] { c } : Array.Empty<string>(),
                ["tags"] = Array.Empty<string>(),
            };
            text.Append(JsonSerializer.Serialize(line, Json)).Append('\n');
        }

        return text.ToString();
    }
}
