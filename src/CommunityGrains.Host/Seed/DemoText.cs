namespace CommunityGrains.Host.Seed;

/// <summary>The words the demo community is made of: names, interests and the things members write, in English and Chinese.</summary>
public static class DemoText
{
    public static readonly string[] EnglishFirst =
    [
        "Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Sophie", "Oliver", "Chloé", "Hugo", "Mia", "Leo", "Grace", "Jack",
        "Amelia", "Ethan", "Zoe", "Louis", "Isla", "Nathan", "Clara", "Sam", "Ruby", "Theo", "Alice", "Max", "Nora", "Adam",
    ];

    public static readonly string[] EnglishLast =
    [
        "Smith", "Martin", "Brown", "Dubois", "Wilson", "Taylor", "Moreau", "Clarke", "Laurent", "Evans", "Bernard", "Walker",
        "Robinson", "Lefèvre", "Hughes", "Garcia", "Wright", "Petit", "Green", "Roux",
    ];

    public static readonly string[] ChineseFamily = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "林", "何"];

    public static readonly string[] ChineseGiven = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "杰", "婷", "晨", "欣怡", "子涵", "浩然", "雨桐", "思远"];

    public static readonly string[] Pinyin = ["Wang Fang", "Li Wei", "Zhang Min", "Chen Jing", "Liu Yang", "Huang Lei", "Zhou Ting", "Lin Chen"];

    public static readonly string[] Emoji = ["🌱", "☕", "📚", "🚲", "🎨", "🌸", "⭐", "🧩", "🎵", "🐼"];

    public static readonly string[] Interests =
    [
        "python", "reading", "cooking", "gardening", "photography", "running", "english", "mandarin", "french", "design",
        "music", "volunteering", "cycling", "chess", "yoga", "data", "writing", "baking",
    ];

    public static readonly (string Name, string Goal)[] Groups =
    [
        ("Morning Python", "Finish one exercise a day"), ("每日英语打卡", "每天读一篇英文文章"), ("Read 30 pages", "Thirty pages before bed"),
        ("French for beginners", "Ten new words a day"), ("算法刷题小组", "每天一道算法题"), ("Sketch every day", "One drawing, any size"),
        ("Run club 5K", "Run or walk 30 minutes"), ("摄影入门", "每天拍一张照片并写说明"), ("Data viz practice", "One chart a day"),
        ("Mandarin HSK3", "Learn five characters a day"), ("Writing sprint", "Write 300 words daily"), ("瑜伽晨练", "每天早上二十分钟"),
    ];

    public static readonly string[] CheckInNotes =
    [
        "Done for today!", "Finished the chapter on loops.", "Short session, but I kept the streak.", "Tough one today, took an hour.",
        "今天完成了！", "读完了第三章，收获很大。", "坚持打卡第 {0} 天 💪", "Practised with a friend, much easier.",
        "Reviewed yesterday's notes first.", "今天有点累，但还是完成了。", "Tried the harder exercise 🎯", "Learned something new: list comprehensions.",
        "", "", "",
    ];

    public static readonly string[] ReviewComments = ["Great work!", "Nice progress 👏", "写得很好！", "Keep going!", "很有启发，谢谢分享。", null!];

    public static readonly (string Title, string Description, string[] Tags)[] Needs =
    [
        ("Help carrying groceries", "I hurt my back; could someone help me bring groceries up to the 4th floor?", ["errands", "elderly"]),
        ("Looking for a French tutor", "Need an hour a week of conversation practice before my exam.", ["french", "tutoring"]),
        ("需要人帮忙修自行车", "车胎漏气了，有没有会修车的邻居？", ["cycling", "repair"]),
        ("Dog walking this weekend", "Away Saturday, my dog needs two walks.", ["pets"]),
        ("帮忙照看植物", "出差一周，需要有人帮忙浇花。", ["gardening"]),
        ("Set up my new laptop", "Not very techy, need help installing the basics.", ["tech"]),
        ("Moving a sofa", "Need two strong arms for 20 minutes on Sunday.", ["moving"]),
        ("辅导孩子数学", "孩子五年级，需要每周辅导一次数学。", ["tutoring", "kids"]),
    ];

    public static readonly (string Title, string Description, string[] Tags)[] Offers =
    [
        ("Free bike repairs", "I have tools and time on Saturday mornings.", ["cycling", "repair"]),
        ("English conversation", "Native speaker, happy to chat over coffee.", ["english", "tutoring"]),
        ("可以帮忙遛狗", "我周末有空，喜欢狗狗。", ["pets"]),
        ("Help with computers", "IT person, can fix most laptop problems.", ["tech"]),
        ("Spare seedlings to share", "Tomato and basil seedlings, come and take some.", ["gardening"]),
        ("中文语伴", "可以帮你练习中文口语。", ["mandarin", "tutoring"]),
        ("Car for small moves", "I have a van and can help on weekends.", ["moving"]),
        ("Cooking lessons", "I can teach simple, cheap recipes.", ["cooking"]),
    ];

    public static readonly string[] Feedback =
    [
        "The app crashes when I open my check-in history.", "Could we have a dark mode? It would be easier at night.",
        "The monthly event was wonderful, thank you to the organisers!", "The reward prices feel too high for newcomers.",
        "I never received the confirmation email after signing up.", "Please add a way to export my study notes.",
        "签到页面加载太慢了，经常超时。", "希望能增加中文界面的翻译质量。", "活动组织得很好，下次还会参加！", "积分兑换的礼品太少了，能不能多一些选择？",
        "客服回复很及时，非常满意。", "希望增加学习小组的提醒功能。", "The hotline kept me on hold for 20 minutes.",
        "Love the neighbour help feature, met great people.", "Search for help requests should allow a bigger radius.",
    ];

    public static readonly string[] Replies = ["Thanks, we are looking into it.", "感谢反馈，我们正在处理。", "Good idea, added to our list."];

    public static readonly string[] Resolutions =
    [
        "Fixed in the latest release.", "已在新版本中修复。", "We added more rewards under 100 points.", "Dark mode is now available in settings.",
    ];
}
