#include "models/demo/demonames.h"

#include <iterator>

namespace cc::demo {

namespace {

struct Syllable {
    const char *zh;
    const char *pinyin;
};

// Township stems and whether the township is a town (镇) or a rural township (乡).
struct TownshipStem {
    const char *zh;
    const char *pinyin;
    bool town;
};

const TownshipStem kTownships[] = {
    {"城关", "Chengguan", true}, {"青石", "Qingshi", true},    {"桃源", "Taoyuan", false},
    {"龙溪", "Longxi", true},    {"梅岭", "Meiling", false},   {"白沙", "Baisha", true},
    {"竹坪", "Zhuping", false},  {"双溪", "Shuangxi", true},   {"石门", "Shimen", false},
    {"云峰", "Yunfeng", false},  {"高田", "Gaotian", true},    {"茶洋", "Chayang", false},
    {"枫林", "Fenglin", true},   {"黄坑", "Huangkeng", false}, {"水口", "Shuikou", true},
};

const Syllable kCommunities[] = {
    {"东门", "Dongmen"},   {"西门", "Ximen"},     {"南街", "Nanjie"},   {"北街", "Beijie"},
    {"溪南", "Xinan"},     {"中山", "Zhongshan"}, {"新城", "Xincheng"}, {"青山", "Qingshan"},
    {"凤凰", "Fenghuang"}, {"滨江", "Binjiang"},
};

// First and second characters of village names, typical of Min-Yue hill
// country (坪, 坑, 洋, 厝, 坂 ...). No second syllable starts with a vowel, so
// the pinyin needs no apostrophes.
const Syllable kVillageFirst[] = {
    {"上", "Shang"}, {"下", "Xia"},   {"东", "Dong"},  {"西", "Xi"},   {"南", "Nan"},
    {"北", "Bei"},   {"大", "Da"},    {"小", "Xiao"},  {"新", "Xin"},  {"高", "Gao"},
    {"长", "Chang"}, {"石", "Shi"},   {"竹", "Zhu"},   {"松", "Song"}, {"杉", "Shan"},
    {"枫", "Feng"},  {"茶", "Cha"},   {"桂", "Gui"},   {"梅", "Mei"},  {"李", "Li"},
    {"林", "Lin"},   {"黄", "Huang"}, {"洪", "Hong"},  {"龙", "Long"}, {"溪", "Xi"},
    {"后", "Hou"},   {"前", "Qian"},  {"中", "Zhong"}, {"岩", "Yan"},  {"金", "Jin"},
    {"玉", "Yu"},    {"湖", "Hu"},    {"文", "Wen"},   {"和", "He"},   {"兴", "Xing"},
    {"福", "Fu"},    {"吉", "Ji"},    {"白", "Bai"},   {"赤", "Chi"},  {"桃", "Tao"},
    {"杨", "Yang"},  {"柳", "Liu"},   {"樟", "Zhang"}, {"吴", "Wu"},   {"罗", "Luo"},
    {"陈", "Chen"},  {"青", "Qing"},  {"碧", "Bi"},    {"万", "Wan"},  {"双", "Shuang"},
};
const Syllable kVillageSecond[] = {
    {"坪", "ping"}, {"坑", "keng"}, {"洋", "yang"}, {"溪", "xi"},   {"坂", "ban"},
    {"厝", "cuo"},  {"山", "shan"}, {"源", "yuan"}, {"口", "kou"},  {"头", "tou"},
    {"岭", "ling"}, {"田", "tian"}, {"地", "di"},   {"洲", "zhou"}, {"墩", "dun"},
    {"坊", "fang"}, {"阳", "yang"}, {"林", "lin"},  {"塘", "tang"}, {"湾", "wan"},
    {"岗", "gang"}, {"峰", "feng"}, {"埔", "pu"},   {"垅", "long"}, {"寨", "zhai"},
};

// Common surnames in Fujian, most frequent first (陈林黄 lead there).
const char *const kSurnames[] = {
    "陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "许", "谢", "洪",
    "郭", "邱", "曾", "廖", "赖", "徐", "周", "叶", "苏", "庄", "吕", "江", "何", "罗",
    "高", "潘", "朱", "钟", "游", "詹", "胡", "施", "沈", "余", "卢", "梁", "彭", "魏",
    "傅", "丁", "翁", "姚", "温", "范", "方", "孙", "马", "宋", "邓", "严",
};
const char *const kGivenChars[] = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
    "涛", "明", "超", "霞", "平", "刚", "华", "建", "国", "文", "辉", "玲", "红", "燕",
    "斌", "鹏", "宇", "浩", "凯", "婷", "雪", "慧", "志", "春", "晓", "海", "峰", "俊",
    "丹", "萍", "琳", "秀", "英", "金", "荣", "德", "福", "清", "宏", "新", "亮", "晨",
    "欣", "怡", "佳", "思", "雨", "梓", "诗", "嘉", "颖", "涵", "昊", "睿", "博", "泽",
};

template <typename T, std::size_t N> int countOf(const T (&)[N])
{
    return static_cast<int>(N);
}

QString zh(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

QVector<TownshipName> townshipNames()
{
    QVector<TownshipName> names;
    for (const TownshipStem &t : kTownships) {
        TownshipName n;
        n.township.zh = zh(t.zh) + (t.town ? zh("镇") : zh("乡"));
        n.township.en = QLatin1String(t.pinyin) +
                        (t.town ? QLatin1String(" Town") : QLatin1String(" Township"));
        n.seatVillage.zh = zh(t.zh) + zh("村");
        n.seatVillage.en = QLatin1String(t.pinyin) + QLatin1String(" Village");
        names.push_back(n);
    }
    names.front().countySeat = true;
    return names;
}

QVector<PlaceName> communityNames()
{
    QVector<PlaceName> names;
    for (const Syllable &s : kCommunities)
        names.push_back(
            {zh(s.zh) + zh("社区"), QLatin1String(s.pinyin) + QLatin1String(" Community")});
    return names;
}

bool VillageNamer::reserve(const PlaceName &name)
{
    if (m_zh.contains(name.zh) || m_en.contains(name.en))
        return false;
    m_zh.insert(name.zh);
    m_en.insert(name.en);
    return true;
}

PlaceName VillageNamer::next()
{
    // 50 x 25 = 1,250 combinations for about 220 villages: a free one turns up
    // within a few draws. The counter makes a name even if all draws collide.
    for (int attempt = 0;; ++attempt) {
        const Syllable &a = kVillageFirst[m_rng.integer(0, countOf(kVillageFirst) - 1)];
        const Syllable &b = kVillageSecond[m_rng.integer(0, countOf(kVillageSecond) - 1)];
        if (qstrcmp(a.zh, b.zh) == 0)
            continue;
        PlaceName name{zh(a.zh) + zh(b.zh) + zh("村"), QLatin1String(a.pinyin) +
                                                           QLatin1String(b.pinyin) +
                                                           QLatin1String(" Village")};
        if (attempt > 1000) {
            name.zh = zh(a.zh) + zh(b.zh) + QString::number(attempt) + zh("村");
            name.en = QLatin1String(a.pinyin) + QLatin1String(b.pinyin) + QString::number(attempt) +
                      QLatin1String(" Village");
        }
        if (reserve(name))
            return name;
    }
}

QString PersonNamer::next()
{
    QString name;
    for (int attempt = 0; attempt < 50; ++attempt) {
        // Squaring a uniform draw favours the front of the list: common surnames.
        const double u = m_rng.uniform();
        name = zh(kSurnames[static_cast<int>(u * u * countOf(kSurnames))]);
        const int first = m_rng.integer(0, countOf(kGivenChars) - 1);
        name += zh(kGivenChars[first]);
        if (m_rng.chance(0.7)) {
            int second = m_rng.integer(0, countOf(kGivenChars) - 2);
            if (second >= first)
                ++second;
            name += zh(kGivenChars[second]);
        }
        if (!m_used.contains(name))
            break;
    }
    m_used.insert(name);
    return name;
}

} // namespace cc::demo
