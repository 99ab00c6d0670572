namespace ScoreRules.Engine.Sampling;

/// <summary>
/// The words by which the generator recognises what a source records and what each of its columns
/// holds, in English and Chinese (traditional and simplified). A word written <c>=sla</c> must be a whole
/// word of the name (so <c>ces</c> does not match <c>resources</c>); any other word may appear anywhere in it.
/// </summary>
internal static class KindCatalog
{
    /// <summary>One value of a record kind: its name, shape and the words that name it in column headers.</summary>
    public sealed record AttributeSpec(string Key, ValueShape Shape, string[] Words);

    /// <summary>A record kind: words in a source's name or file name, the value that places a row in time, and its values.</summary>
    public sealed record KindSpec(FactKind Kind, string[] NameWords, string Primary, AttributeSpec[] Attributes);

    private static AttributeSpec A(string key, ValueShape shape, params string[] words) => new(key, shape, words);

    /// <summary>Every kind the generator can fill, most specific first.</summary>
    public static readonly KindSpec[] Kinds =
    [
        new(FactKind.People, ["people", "staff", "employee", "agents", "人員", "人员", "員工", "员工", "名單", "名单"], Attr.Name,
        [
            A(Attr.Name, ValueShape.Text, "=name", "full_name", "display_name", "姓名", "名字"),
            A(Attr.Role, ValueShape.Text, "role", "position", "角色", "職務", "职务", "岗位", "職位", "职位"),
            A(Attr.Team, ValueShape.Text, "team", "group", "組別", "组别", "團隊", "团队", "部門", "部门"),
            A(Attr.Manager, ValueShape.Text, "manager", "supervisor", "主管", "經理", "经理", "上司"),
            A(Attr.Email, ValueShape.Text, "mail", "郵件", "邮箱", "信箱"),
        ]),
        new(FactKind.Ticket, ["ticket", "incident", "=case", "=cases", "request", "工單", "工单", "案件", "事件"], Attr.Created,
        [
            A(Attr.Created, ValueShape.Moment, "created", "opened", "=open", "logged", "建立", "開單", "开单", "受理", "報案", "报案"),
            A(Attr.Responded, ValueShape.Moment, "respon", "reply", "回應", "回覆", "响应", "回复", "響應"),
            A(Attr.Resolved, ValueShape.Moment, "resolv", "closed", "solved", "解決", "解决", "結案", "结案"),
            A(Attr.Contacts, ValueShape.Whole, "contact", "聯繫", "联系", "聯絡", "联络"),
            A(Attr.Reassignments, ValueShape.Whole, "reassign", "transfer", "轉派", "转派", "轉單", "转单"),
            A(Attr.Reopens, ValueShape.Whole, "reopen", "重開", "重开"),
            A(Attr.Escalated, ValueShape.Flag, "escalat", "升級", "升级"),
            A(Attr.MadeSla, ValueShape.Flag, "=sla", "made_sla", "sla_met", "達標", "达标"),
            A(Attr.Priority, ValueShape.Text, "priority", "優先", "优先"),
            A(Attr.Category, ValueShape.Text, "category", "類別", "类别", "分類", "分类"),
            A(Attr.Channel, ValueShape.Text, "channel", "管道", "渠道"),
            A(Attr.Summary, ValueShape.Text, "summary", "subject", "title", "摘要", "主旨", "標題", "标题"),
        ]),
        new(FactKind.Survey, ["survey", "csat", "feedback", "問卷", "问卷", "調查", "调查", "滿意", "满意"], Attr.Submitted,
        [
            A(Attr.Submitted, ValueShape.Moment, "submit", "answered", "填答", "提交", "作答", "回覆時間", "回复时间"),
            A(Attr.Ticket, ValueShape.Text, "ticket", "工單", "工单", "案件"),
            A(Attr.Csat, ValueShape.Whole, "=csat", "satisf", "滿意", "满意"),
            A(Attr.Ces, ValueShape.Whole, "=ces", "effort", "費力", "费力", "省力"),
            A(Attr.Comment, ValueShape.Text, "comment", "remark", "意見", "意见", "備註", "备注"),
        ]),
        new(FactKind.Training, ["training", "course", "learning", "訓練", "训练", "培訓", "培训", "課程", "课程"], Attr.Due,
        [
            A(Attr.Course, ValueShape.Text, "course", "=training", "課程", "课程", "名稱", "名称"),
            A(Attr.Assigned, ValueShape.Day, "assign", "指派", "分配"),
            A(Attr.Due, ValueShape.Day, "due", "deadline", "到期", "截止", "期限"),
            A(Attr.Completed, ValueShape.Day, "complet", "finish", "完成", "結訓", "结训"),
        ]),
        new(FactKind.Snapshot, ["summary", "snapshot", "=stats", "統計", "统计", "彙總", "汇总"], Attr.AsOf,
        [
            A(Attr.AsOf, ValueShape.Day, "as_of", "asof", "snapshot", "統計", "统计", "截至"),
            A(Attr.CertificateCount, ValueShape.Whole, "cert", "證照", "证照", "證書", "证书"),
        ]),
        new(FactKind.Certificate, ["cert", "證照", "证照", "證書", "证书", "資格", "资格"], Attr.Earned,
        [
            A(Attr.Certificate, ValueShape.Text, "certif", "=name", "證照", "证照", "證書", "证书", "名稱", "名称"),
            A(Attr.Earned, ValueShape.Day, "earn", "obtain", "award", "passed", "取得", "獲得", "获得"),
        ]),
        new(FactKind.Article, ["=kb", "kb_", "knowledge", "article", "知識", "知识", "文章"], Attr.Published,
        [
            A(Attr.Title, ValueShape.Text, "title", "subject", "標題", "标题", "主題", "主题"),
            A(Attr.ChangeKind, ValueShape.Text, "change", "=kind", "=type", "類型", "类型"),
            A(Attr.Published, ValueShape.Moment, "publish", "released", "發布", "发布", "上架"),
        ]),
        new(FactKind.Rating, ["rating", "review", "評分", "评分", "考評", "考评", "評量", "评量"], Attr.Rated,
        [
            A(Attr.Rated, ValueShape.Day, "rated", "rating_date", "=date", "評分日", "评分日"),
            A(Attr.Item, ValueShape.Text, "=item", "項目", "项目"),
            A(Attr.Rater, ValueShape.Text, "rater", "reviewer", "評分人", "评分人", "評分者", "评分者"),
            A(Attr.RaterRole, ValueShape.Text, "rater_role", "=role", "角色", "身分", "身份"),
            A(Attr.Level, ValueShape.Whole, "level", "=score", "=rating", "等級", "等级", "分數", "分数"),
            A(Attr.Evidence, ValueShape.Text, "evidence", "example", "事例", "佐證", "佐证"),
            A(Attr.Situation, ValueShape.Text, "situation", "情境"),
            A(Attr.Behaviour, ValueShape.Text, "behaviour", "behavior", "行為", "行为"),
            A(Attr.Impact, ValueShape.Text, "impact", "影響", "影响"),
        ]),
        new(FactKind.BonusClaim, ["bonus", "claim", "加分", "獎勵", "奖励"], Attr.Decided,
        [
            A(Attr.Decided, ValueShape.Day, "decid", "decision", "=date", "核定", "決定", "决定"),
            A(Attr.BonusKind, ValueShape.Text, "=kind", "=type", "category", "類別", "类别", "種類", "种类"),
            A(Attr.Points, ValueShape.Decimal, "point", "點數", "点数", "分數", "分数"),
            A(Attr.Approved, ValueShape.Flag, "approv", "accepted", "核准", "通過", "通过", "批准"),
            A(Attr.Note, ValueShape.Text, "note", "desc", "說明", "说明", "描述"),
        ]),
        new(FactKind.Timesheet, ["timesheet", "time_sheet", "工時", "工时", "考勤"], Attr.WorkDate,
        [
            A(Attr.WorkDate, ValueShape.Day, "work_date", "worked_on", "=date", "=day", "日期"),
            A(Attr.Available, ValueShape.Decimal, "available", "capacity", "可用", "排班"),
            A(Attr.Logged, ValueShape.Decimal, "logged", "ticket_hours", "booked", "登錄", "登录", "工時", "工时"),
        ]),
    ];

    /// <summary>The spec of <paramref name="kind"/>, or null for <see cref="FactKind.Generic"/>.</summary>
    public static KindSpec? Of(FactKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind);

    /// <summary>How well <paramref name="name"/> matches <paramref name="word"/>: 3 when it is the word itself, 1 when it contains it, else 0.</summary>
    public static int Match(string name, string word)
    {
        var wholeWord = word.StartsWith('=');
        var w = wholeWord ? word[1..] : word;
        var n = name.Trim().ToLowerInvariant();
        if (n == w) return 3;
        if (wholeWord) return Words(n).Contains(w) ? 1 : 0;
        return n.Contains(w, StringComparison.Ordinal) ? 1 : 0;
    }

    /// <summary>The best match of any of <paramref name="names"/> with any of <paramref name="words"/>.</summary>
    public static int Match(IEnumerable<string> names, IEnumerable<string> words) =>
        names.SelectMany(n => words.Select(w => Match(n, w))).DefaultIfEmpty(0).Max();

    private static string[] Words(string name) =>
        name.Split(c => !char.IsLetterOrDigit(c));

    private static string[] Split(this string s, Func<char, bool> separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && !separator(s[i])) continue;
            if (i > start) parts.Add(s[start..i]);
            start = i + 1;
        }
        return parts.ToArray();
    }
}
