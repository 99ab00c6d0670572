namespace ScoreRules.Engine.Sampling;

/// <summary>
/// The names and phrases sample records are made of, in one <see cref="SampleLanguage"/>. All invented:
/// any likeness to a real person is chance.
/// </summary>
internal sealed record SampleTexts
{
    /// <summary>Full names; in English the first name (lower case) is also the person's id.</summary>
    public required string[] Names { get; init; }
    /// <summary>True when ids come from the first names, false for employee numbers.</summary>
    public required bool IdsFromNames { get; init; }
    /// <summary>Team names.</summary>
    public required string[] Teams { get; init; }
    /// <summary>The role written for a person whose scorecard does not say one.</summary>
    public required string DefaultRole { get; init; }
    /// <summary>Training courses.</summary>
    public required string[] Courses { get; init; }
    /// <summary>Professional certifications.</summary>
    public required string[] Certifications { get; init; }
    /// <summary>Knowledge-article titles.</summary>
    public required string[] ArticleTitles { get; init; }
    /// <summary>Kinds of knowledge-article change: new, then improved.</summary>
    public required string[] ArticleChanges { get; init; }
    /// <summary>Ticket categories.</summary>
    public required string[] Categories { get; init; }
    /// <summary>Contact channels.</summary>
    public required string[] Channels { get; init; }
    /// <summary>Survey comments: good, then poor.</summary>
    public required string[] GoodComments { get; init; }
    /// <summary>Survey comments after a poor experience.</summary>
    public required string[] PoorComments { get; init; }
    /// <summary>Evidence of good behaviour: situation, behaviour, impact.</summary>
    public required (string Situation, string Behaviour, string Impact)[] GoodEvidence { get; init; }
    /// <summary>Evidence of behaviour to improve: situation, behaviour, impact.</summary>
    public required (string Situation, string Behaviour, string Impact)[] PoorEvidence { get; init; }
    /// <summary>Joins situation, behaviour and impact into one evidence text.</summary>
    public required Func<(string Situation, string Behaviour, string Impact), string> JoinEvidence { get; init; }
    /// <summary>Descriptions of bonus claims.</summary>
    public required string[] ClaimNotes { get; init; }

    /// <summary>The texts of <paramref name="language"/>.</summary>
    public static SampleTexts Of(SampleLanguage language) => language switch
    {
        SampleLanguage.TraditionalChinese => TraditionalChinese,
        SampleLanguage.SimplifiedChinese => SimplifiedChinese,
        _ => English,
    };

    private static readonly SampleTexts English = new()
    {
        Names =
        [
            "Alice Moreno", "Ben Carter", "Chloe Singh", "Daniel Okafor", "Emma Lewis", "Farid Haddad", "Grace Kim",
            "Henry Walsh", "Isla Novak", "James Patel", "Keira Doyle", "Liam Byrne", "Maya Chen", "Noah Fischer",
            "Olivia Grant", "Priya Shah", "Quentin Roux", "Rosa Alvarez", "Samuel Reid", "Tara Quinn", "Umar Siddiqui",
            "Vera Ivanova", "Will Turner", "Xenia Berg", "Yusuf Demir", "Zoe Harper",
        ],
        IdsFromNames = true,
        Teams = ["Service Desk North", "Service Desk South", "Service Desk East", "Service Desk West"],
        DefaultRole = "agent",
        Courses =
        [
            "Information security awareness", "Data protection basics", "Phishing awareness", "ITIL 4 refresher",
            "Explaining fixes to users", "Remote support tools", "Accessibility in support", "Major incident process",
        ],
        Certifications =
        [
            "ITIL 4 Foundation", "HDI Support Center Analyst", "CompTIA A+", "CompTIA Network+",
            "Microsoft 365 Certified: Endpoint Administrator Associate", "ITIL 4 Specialist: Create, Deliver and Support",
        ],
        ArticleTitles =
        [
            "Resetting a locked account", "VPN client fails to connect", "Adding a shared printer",
            "Outlook keeps asking for the password", "Requesting access to a shared folder",
            "Setting up multi-factor authentication", "Docking station not detected", "Clearing the Teams cache",
            "Moving files to the new file share", "Mailbox over its size limit",
        ],
        ArticleChanges = ["new", "improved"],
        Categories = ["Password reset", "Email", "VPN", "Printer", "Software", "Hardware", "Access request", "Network"],
        Channels = ["phone", "email", "portal", "chat"],
        GoodComments = ["Quick and friendly", "Solved on the first call", "Clear explanation, thanks", "Very helpful"],
        PoorComments = ["Had to explain the problem twice", "Took too long", "Still not working properly", "Was passed around"],
        GoodEvidence =
        [
            ("On a call about a locked account", "walked the user through the reset in plain words and checked they could sign in", "the user signed in at once and did not call back"),
            ("In a ticket note about a VPN fault", "wrote the cause and the fix in two short steps", "the next agent closed a similar ticket in ten minutes"),
            ("During a printer outage", "sent one clear update with the workaround and the expected fix time", "calls about the printer dropped"),
            ("In a reply about a full mailbox", "showed the user their own largest folders as the example", "the user cleaned up the mailbox alone"),
        ],
        PoorEvidence =
        [
            ("When a manager asked why a laptop was slow", "answered in technical terms without explaining them", "the manager called again to ask what to do"),
            ("On a password reset chat", "skipped the step that explains the sign-in prompt", "the user was locked out again the same day"),
            ("In a ticket note about a software install", "wrote only the error code", "the user had to ask what it meant"),
        ],
        JoinEvidence = e => $"Situation: {e.Situation}. Behaviour: {e.Behaviour}. Impact: {e.Impact}.",
        ClaimNotes =
        [
            "Script that prepares new-starter accounts", "Self-service page for VPN set-up", "Cleaned up outdated knowledge articles",
            "Automatic printer queue reset", "Reviewed the team's knowledge articles", "Checklist for laptop handover",
        ],
    };

    private static readonly SampleTexts TraditionalChinese = new()
    {
        Names =
        [
            "王小美", "李大明", "陳怡君", "林志豪", "張雅婷", "黃俊傑", "吳佩珊", "劉建宏", "蔡宜蓁", "楊冠宇",
            "許雅雯", "鄭家豪", "謝欣怡", "郭承恩", "洪詩涵", "曾柏翰", "周宛儒", "葉哲維", "蘇郁婷", "賴彥廷",
        ],
        IdsFromNames = false,
        Teams = ["服務台一組", "服務台二組", "服務台三組", "服務台四組"],
        DefaultRole = "客服",
        Courses =
        [
            "資訊安全意識", "個人資料保護", "洗錢防制法遵課程", "ITIL 4 複習", "向使用者說明解法",
            "遠端支援工具", "社交工程防範", "重大事件處理流程",
        ],
        Certifications = ["ITIL 4 Foundation", "HDI Support Center Analyst", "CompTIA A+", "iPAS 資訊安全工程師", "CompTIA Network+", "ISO 27001 主導稽核員"],
        ArticleTitles =
        [
            "帳號鎖定時如何重設密碼", "VPN 無法連線的排除步驟", "如何新增網路印表機", "Outlook 一直要求輸入密碼",
            "申請共用資料夾權限", "設定多重要素驗證", "筆電擴充座無法辨識", "清除 Teams 快取", "檔案搬移到新檔案伺服器", "信箱容量已滿",
        ],
        ArticleChanges = ["新增", "修訂"],
        Categories = ["密碼重設", "電子郵件", "VPN", "印表機", "軟體", "硬體", "權限申請", "網路"],
        Channels = ["電話", "電子郵件", "入口網站", "線上客服"],
        GoodComments = ["處理迅速又親切", "一通電話就解決", "說明很清楚,謝謝", "非常有幫助"],
        PoorComments = ["同一個問題說了兩次", "等太久", "還是沒有完全修好", "被轉來轉去"],
        GoodEvidence =
        [
            ("使用者帳號鎖定來電", "用淺白的話一步步帶使用者重設密碼,並確認能登入", "使用者當場登入,之後沒有再來電"),
            ("VPN 故障的工單紀錄", "用兩個簡短步驟寫下原因與解法", "下一位同仁十分鐘內解決了類似工單"),
            ("印表機大範圍故障時", "發出一則清楚的通知,附上替代做法與預計修復時間", "相關來電明顯減少"),
            ("回覆信箱容量已滿", "以使用者自己最大的資料夾為例說明", "使用者自行完成整理"),
        ],
        PoorEvidence =
        [
            ("主管詢問筆電為何變慢", "用未解釋的技術名詞回答", "主管再次來電詢問該怎麼做"),
            ("線上客服協助重設密碼", "略過說明登入提示的步驟", "使用者當天再次被鎖定"),
            ("軟體安裝的工單紀錄", "只寫了錯誤代碼", "使用者必須再詢問代碼的意思"),
        ],
        JoinEvidence = e => $"情境:{e.Situation};行為:{e.Behaviour};影響:{e.Impact}。",
        ClaimNotes = ["新進人員帳號自動建立腳本", "VPN 設定自助說明頁", "整理過期知識庫文章", "印表機佇列自動重設", "協助審閱團隊知識文章", "筆電交接檢查清單"],
    };

    private static readonly SampleTexts SimplifiedChinese = new()
    {
        Names =
        [
            "王小美", "李大明", "陈怡君", "林志豪", "张雅婷", "黄俊杰", "吴佩珊", "刘建宏", "蔡宜蓁", "杨冠宇",
            "许雅雯", "郑家豪", "谢欣怡", "郭承恩", "洪诗涵", "曾柏翰", "周宛儒", "叶哲维", "苏郁婷", "赖彦廷",
        ],
        IdsFromNames = false,
        Teams = ["服务台一组", "服务台二组", "服务台三组", "服务台四组"],
        DefaultRole = "客服",
        Courses =
        [
            "信息安全意识", "个人信息保护", "反洗钱合规课程", "ITIL 4 复习", "向用户说明解决方法",
            "远程支持工具", "社会工程防范", "重大事件处理流程",
        ],
        Certifications = ["ITIL 4 Foundation", "HDI Support Center Analyst", "CompTIA A+", "软考 网络工程师", "CompTIA Network+", "CISP 注册信息安全专业人员"],
        ArticleTitles =
        [
            "账号锁定时如何重置密码", "VPN 无法连接的排查步骤", "如何添加网络打印机", "Outlook 一直要求输入密码",
            "申请共享文件夹权限", "设置多因素认证", "笔记本扩展坞无法识别", "清除 Teams 缓存", "文件迁移到新文件服务器", "邮箱容量已满",
        ],
        ArticleChanges = ["新增", "修订"],
        Categories = ["密码重置", "电子邮件", "VPN", "打印机", "软件", "硬件", "权限申请", "网络"],
        Channels = ["电话", "电子邮件", "门户网站", "在线客服"],
        GoodComments = ["处理迅速又亲切", "一个电话就解决", "说明很清楚,谢谢", "非常有帮助"],
        PoorComments = ["同一个问题说了两次", "等太久", "还是没有完全修好", "被转来转去"],
        GoodEvidence =
        [
            ("用户账号锁定来电", "用浅显的话一步步带用户重置密码,并确认能登录", "用户当场登录,之后没有再来电"),
            ("VPN 故障的工单记录", "用两个简短步骤写下原因与解决方法", "下一位同事十分钟内解决了类似工单"),
            ("打印机大范围故障时", "发出一条清楚的通知,附上替代做法与预计修复时间", "相关来电明显减少"),
            ("回复邮箱容量已满", "以用户自己最大的文件夹为例说明", "用户自行完成整理"),
        ],
        PoorEvidence =
        [
            ("主管询问笔记本为何变慢", "用未解释的技术名词回答", "主管再次来电询问该怎么做"),
            ("在线客服协助重置密码", "略过说明登录提示的步骤", "用户当天再次被锁定"),
            ("软件安装的工单记录", "只写了错误代码", "用户必须再询问代码的意思"),
        ],
        JoinEvidence = e => $"情境:{e.Situation};行为:{e.Behaviour};影响:{e.Impact}。",
        ClaimNotes = ["新员工账号自动创建脚本", "VPN 设置自助说明页", "整理过期知识库文章", "打印机队列自动重置", "协助审阅团队知识文章", "笔记本交接检查清单"],
    };
}
