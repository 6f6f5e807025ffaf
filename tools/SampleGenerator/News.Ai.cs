namespace SampleGenerator;

internal static partial class News
{
    private const string AiTag = "人工智能";

    /// <summary>人工智能动态: the eight company groups of the model report, and two ByteDance items that belong to no listed group.</summary>
    private static readonly NewsItem[] Ai =
    [
        new("2024-11-14", "OpenAI", "ChatGPT桌面应用向全部Windows用户开放",
            "OpenAI宣布Windows版ChatGPT应用面向所有用户提供，按Alt+空格即可唤出对话窗口，可直接上传文件和截图提问，"
            + "也支持高级语音对话；联网搜索等部分功能需订阅每月20美元的Plus服务。",
            [], [AiTag]),
        new("2024-11-20", "OpenAI", "GPT-4o更新，创意写作能力提升",
            "OpenAI更新GPT-4o，写出的文字更自然、更贴合用户要求，对上传文件的分析也更深入。"
            + "新版本在大模型竞技场创意写作榜上的得分由1365分升至1402分。",
            [], [AiTag]),
        new("2024-11-14", "谷歌", "Gemini推出iPhone版独立应用",
            "谷歌为iPhone用户上线独立的Gemini应用，可用文字或语音与其对话，Gemini Live对话可显示在灵动岛和锁屏上。"
            + "应用免费下载，每月18.99美元的Gemini Advanced订阅可使用1.5 Pro模型和百万token上下文。",
            ["GOOGL.US"], [AiTag]),
        new("2024-11-13", "谷歌", "谷歌上线实验性学习工具Learn About",
            "Learn About基于谷歌的LearnLM模型，按人的学习方式组织回答，配有图片、互动元素和类似教科书的知识框，"
            + "并在侧栏推荐可继续探索的相关主题。",
            ["GOOGL.US"], [AiTag]),
        new("2024-11-06", "苹果", "iOS 18.2公测版接入ChatGPT与图像生成功能",
            "苹果向公测用户推送iOS 18.2，Siri可在需要时把问题转交ChatGPT回答，同时加入Image Playground图像生成和自定义表情Genmoji。",
            [], [AiTag]),
        new("2024-11-21", "苹果", "苹果公布Siri屏幕感知的开发者文档",
            "苹果发布开发者文档，说明应用如何让Siri读取屏幕内容：用户可直接就正在看的网页或照片中的物体提问，"
            + "Siri也能概括文档和邮件、按要求续写文字。",
            [], [AiTag]),
        new("2024-11-19", "微软", "超10万家机构用Copilot Studio打造智能体",
            "微软在Ignite大会上披露，已有超过10万家机构使用Copilot Studio创建AI智能体，上个季度使用量翻了一番。"
            + "Word中的Copilot可引用相关文件起草文档，PowerPoint可将演示文稿译成40种语言。",
            [], [AiTag]),
        new("2024-11-19", "微软", "微软发布命令行助手AI Shell预览版",
            "AI Shell把AI助手带进命令行：可解释报错并给出排查建议，把生成的命令直接插入PowerShell会话，还能为多步命令逐步给出提示。",
            [], [AiTag]),
        new("2024-11-04", "Meta", "Meta向美国政府机构开放Llama模型",
            "Meta表示，将向美国政府部门及其承包商开放Llama系列开源模型，用于国防与国家安全相关工作，合作方包括多家科技和国防企业。",
            ["META.US"], [AiTag]),
        new("2024-11-16", "月之暗面", "Kimi发布数学推理模型k0-math",
            "月之暗面发布k0-math并上线Kimi数学版，对标OpenAI o1系列。中考、高考、考研和MATH四项测试中，初代模型成绩超过o1-mini和o1-preview；"
            + "在更难的OMNI-MATH和AIME上，分别达到o1-mini最好成绩的90%和83%。",
            [], [AiTag]),
        new("2024-11-28", "月之暗面", "月之暗面与清华MADSys实验室开源Mooncake",
            "双方共同开源以KVCache为中心的大模型推理架构Mooncake，用存储换算力以降低推理开销、提高吞吐。"
            + "项目分阶段开源，传输引擎Transfer Engine已率先发布在GitHub。",
            [], [AiTag]),
        new("2024-11-05", "腾讯混元", "腾讯开源混元Large混合专家模型",
            "腾讯对外开源混元Large模型，采用混合专家（MoE）结构，总参数约3890亿、激活参数约520亿。"
            + "模型在训练中大量使用合成数据，并通过压缩KV缓存降低推理开销，预训练版本最长可处理256K上下文。",
            ["0700.HK"], [AiTag]),
        new("2024-11-22", "腾讯", "腾讯元宝2.0上线，接入混元Turbo",
            "元宝2.0改版对话列表并新增AI应用专区和应用广场；AI搜索在公众号之外接入视频号、QQ音乐等内容。"
            + "新版基于混元Turbo，训练和推理效率提高一倍，可理解最高7K分辨率的图片。",
            ["0700.HK"], [AiTag]),
        new("2024-11-19", "通义千问", "Qwen2.5-Turbo把上下文长度扩展到百万tokens",
            "阿里通义团队发布Qwen2.5-Turbo，单次可读入约100万个tokens，相当于数部长篇小说的篇幅。"
            + "借助稀疏注意力，处理满长度输入时首个token的等待时间由近5分钟缩短到约68秒，调用价格为每百万tokens 0.3元。",
            ["9988.HK"], [AiTag]),
        new("2024-11-14", "阿里巴巴", "阿里国际站推出AI采购搜索引擎Accio",
            "Accio面向全球中小商家，以对话方式理解采购需求，按供应商、定制能力、价格和评价筛选商品。"
            + "试运行期间搜索到采购的转化率提升20%至30%，覆盖商品已达亿级，支持英、德、法、西、葡五种语言。",
            ["9988.HK"], [AiTag]),
        new("2024-11-28", "通义千问", "阿里开源推理模型QwQ-32B-Preview",
            "通义团队开源实验性推理模型QwQ-32B-Preview，擅长数学和编程类问题，会在作答前反复自我检查；团队也提示其仍有语言混杂等局限。",
            ["9988.HK"], [AiTag]),
        new("2024-11-07", "字节跳动", "豆包开启视频生成内测",
            "字节跳动旗下AI助手豆包开放视频生成内测，可把图片和文字一键生成视频，支持多种运镜，多个镜头间人物保持一致。",
            [], [AiTag]),
        new("2024-11-11", "字节跳动", "豆包大模型团队公布图像编辑模型SeedEdit",
            "SeedEdit用一句话即可修图、换装、转换风格或在指定区域增删元素，已在豆包电脑端和即梦网页端开放测试。",
            [], [AiTag]),
    ];
}
