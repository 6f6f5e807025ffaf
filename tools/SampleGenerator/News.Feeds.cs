namespace SampleGenerator;

internal static partial class News
{
    /// <summary>
    /// The RSS wire (source: the channel title). Seven items retell stories of the jsonl feed in other
    /// words and must merge with them; three are untagged and must be placed by the taxonomy's words;
    /// one is dated December.
    /// </summary>
    public static readonly IReadOnlyList<NewsItem> Wire =
    [
        new("2024-11-15", WireTitle, "OpenAI推出Windows版ChatGPT客户端",
            "Windows用户现在都能下载ChatGPT桌面应用，快捷键Alt+空格随时唤出，可上传文件和截图提问，搜索等功能需Plus订阅。",
            [], [AiTag]),
        new("2024-11-06", WireTitle, "混元Large开源：总参数3890亿、激活参数520亿",
            "腾讯开源的混元Large是混合专家模型，总参数约3890亿、激活参数约520亿，预训练版本可处理256K上下文，并用合成数据训练、压缩KV缓存。",
            ["0700.HK"], []),
        new("2024-11-20", WireTitle, "Ignite大会：Copilot Studio上已有超10万家机构创建智能体",
            "微软称，超过10万家机构已在Copilot Studio上创建AI智能体，使用量上个季度翻倍；PowerPoint可把演示文稿译成40种语言。",
            [], []),
        new("2024-11-21", WireTitle, "国家新闻出版署公布11月游戏审批信息",
            "112款国产网络游戏和7款进口网络游戏获批版号，3款变更；腾讯《胜利女神：新的希望》《爆裂小队》和快手《三国望神州》获批。",
            ["0700.HK", "1024.HK"], []),
        new("2024-11-22", WireTitle, "公安机关依法对快手给予警告处罚",
            "因未及时处置违法信息、青少年模式落实不到位，快手被依据《网络安全法》警告，并被责令整改、清理违法信息和违规账号。",
            ["1024.HK"], []),
        new("2024-11-25", WireTitle, "中方介绍全球人工智能治理倡议与中美人工智能对话",
            "全球人工智能治理倡议专题交流会上，网信和工信部门负责人向中外媒体介绍我国人工智能发展与治理思路，中美已同意建立人工智能政府间对话。",
            [], []),
        new("2024-11-13", WireTitle, "腾讯三季度收入1671.9亿元",
            "腾讯第三季度收入1671.9亿元，同比增长8%；非国际财务报告准则下归属于股东的净利润598.1亿元，同比增长19%。",
            ["0700.HK"], []),
        new("2024-11-12", WireTitle, "阿里开源通义千问代码模型Qwen2.5-Coder-32B",
            "通义千问开源Qwen2.5-Coder系列代码模型，旗舰32B版本在多项代码生成基准上的成绩接近头部闭源模型。",
            [], []),
        new("2024-11-15", WireTitle, "Gemini实验模型登上大模型竞技场榜首",
            "谷歌的Gemini实验模型在大模型竞技场总榜上排名第一，数学、创意写作和视觉理解等分项表现突出。",
            [], []),
        new("2024-12-02", WireTitle, "快手电商“退款不退货”服务今日终止",
            "快手电商此前宣布废止“退款不退货服务”，已签约商家的服务自今日起终止。",
            ["1024.HK"], []),
    ];

    /// <summary>The weekly, written in GBK: four retellings of jsonl stories and one item of its own, untagged.</summary>
    public static readonly IReadOnlyList<NewsItem> Weekly =
    [
        new("2024-11-15", WeeklySource, "谷歌Gemini应用登陆iPhone",
            "iPhone用户可下载独立的Gemini应用，用文字或语音对话，Gemini Live可显示在灵动岛和锁屏上；Gemini Advanced订阅每月18.99美元。",
            [], []),
        new("2024-11-17", WeeklySource, "Kimi数学版上线，k0-math对标o1",
            "月之暗面发布的k0-math在中考、高考、考研和MATH测试中成绩超过o1-mini和o1-preview，在OMNI-MATH和AIME上分别达到o1-mini最好成绩的90%和83%。",
            [], []),
        new("2024-11-20", WeeklySource, "通义千问Qwen2.5-Turbo支持百万tokens上下文",
            "Qwen2.5-Turbo可处理约100万个tokens，借助稀疏注意力，满长度输入的首个token等待时间从近5分钟降到约68秒，价格为每百万tokens 0.3元。",
            [], []),
        new("2024-11-29", WeeklySource, "快手电商宣布废止退款不退货服务",
            "因业务调整，快手电商废止“退款不退货服务”，已签约商家的服务在12月2日终止，存量订单按原规则处理。",
            [], []),
        new("2024-11-12", WeeklySource, "百度文心大模型日均调用量达15亿次",
            "百度在年度大会上披露，文心大模型的日均调用量已达15亿次，一年多时间增长约30倍。",
            [], []),
    ];
}
