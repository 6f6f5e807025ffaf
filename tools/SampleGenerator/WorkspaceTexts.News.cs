namespace SampleGenerator;

/// <summary>The news taxonomy and the analyst's headline file of the demo.</summary>
internal static partial class WorkspaceTexts
{
    public const string Taxonomy = """
        # 新闻分类表：新闻如何归入报告的栏目与分组（news_taxonomy）。
        # 先看新闻自带的 companies/tags，再按下列公司别名与关键词整词匹配（jieba 分词）。
        # 报告只显示这里列出的栏目，按列出的顺序；这一顺序也决定关键词得分相同时归入哪一栏。
        sections:
          ai:
            heading: 人工智能动态
            key_point: 人工智能动态
            tags: [人工智能, AI]
            keywords: [人工智能, 大模型, 模型, AI, 智能体, 推理, 多模态, 上下文, tokens, 开源]
            group_by: company
            groups: [OpenAI, 谷歌, 苹果, 微软, Meta, Kimi, 腾讯, 阿里]
            listed_groups_only: true     # 其他公司的人工智能新闻归入公司新闻
            max_items: 2
          policy:
            heading: 行业政策
            tags: [行业政策, 政策]
            keywords: [治理, 监管, 倡议, 专项行动, 网信办, 工业和信息化部, 公安部, 政府间对话, 法规]
          industry:
            heading: 行业动态
            key_point: 互联网行业动态
            group_by: sub_sector
            groups: [游戏, 金融科技, 电商, 本地生活, 短视频]
            max_items: 4
          company:
            heading: 公司公告与新闻
            tags: [公司新闻, 公司公告]
            keywords: [季度, 收入, 净利润, 财报, 业绩, 减持, 回购, 轮岗]
            group_by: company
            max_items: 3

        companies:
          - { name: OpenAI, aliases: [ChatGPT, GPT-4o, Sora] }
          - { name: 谷歌, aliases: [Google, Alphabet, Gemini], codes: [GOOGL.US] }
          - { name: 苹果, aliases: [Apple, 苹果公司, Siri, iPhone, iOS] }
          - { name: 微软, aliases: [Microsoft, Copilot, Copilot Studio] }
          - { name: Meta, aliases: [Facebook, Llama], codes: [META.US] }
          - { name: Kimi, aliases: [月之暗面, Moonshot] }
          - { name: 腾讯, aliases: [Tencent, 混元, 元宝, 微信], codes: [0700.HK] }
          - { name: 阿里, aliases: [阿里巴巴, Alibaba, 通义, 通义千问, Qwen, 淘宝, 天猫, 饿了么], codes: [9988.HK, BABA.US] }
          - { name: 网易, aliases: [NetEase], codes: [9999.HK] }
          - { name: 美团, aliases: [Meituan, 美团外卖], codes: [3690.HK] }
          - { name: 快手, aliases: [Kuaishou, 快手电商, 可灵], codes: [1024.HK] }
          - { name: 京东, aliases: [JD], codes: [9618.HK, JD.US] }
          - { name: 拼多多, aliases: [PDD, Temu], codes: [PDD.US] }
          - { name: 百度, aliases: [Baidu, 文心], codes: [9888.HK, BIDU.US] }
          - { name: 小米, aliases: [Xiaomi, 小米集团], codes: [1810.HK] }
          - { name: 哔哩哔哩, aliases: [B站, Bilibili], codes: [9626.HK, BILI.US] }
          - { name: 字节跳动, aliases: [字节, ByteDance, 豆包, 抖音, 即梦] }

        sub_sectors:
          - { name: 游戏, keywords: [游戏, 手游, 网络游戏, 版号] }
          - { name: 金融科技, keywords: [支付, 备付金, 刷掌, 银联] }
          - { name: 电商, keywords: [电商, 双11, 直播带货, GMV, 退款不退货] }
          - { name: 本地生活, keywords: [本地生活, 外卖, 到店, 骑手, 餐饮] }
          - { name: 短视频, keywords: [短视频, 青少年模式] }

        # 来源等级：1 为官方与公司自身，2 为专业媒体与数据机构，未列出的来源为 3。
        source_tiers:
          1: [国家新闻出版署, 中国人民银行, 中央网信办, 国家网络安全通报中心, 银联国际, 美国证券交易委员会,
              OpenAI, 谷歌, 苹果, 微软, Meta, 月之暗面, 腾讯, 腾讯混元, 阿里巴巴, 通义千问, 淘宝, 饿了么,
              美团, 快手, 快手电商, 可灵AI, 网易, 京东, 拼多多, 百度, 小米集团, 哔哩哔哩,
              字节跳动, 抖音电商, 抖音生活服务, 小红书]
          2: [示例财经快讯, Sensor Tower]
        default_tier: 3

        scoring: { tier: [3, 2, 1], key_company: 1, recency: 1, extra_source: 1, max_extra_sources: 3 }
        dedup: { days: 3, similarity: 0.6 }

        """;

    /// <summary>The analyst's own line under the AI heading; every group headline is composed.</summary>
    public const string Headlines = """
        # 分析师自拟的栏目标题与分组标题；未写的部分由排名靠前的新闻标题自动组成。
        ai:
          title: 大模型加速迭代，AI应用陆续登陆各类终端

        """;
}
