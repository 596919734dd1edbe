// The translation catalogues are complete: every message of the sources is in
// countycare_zh_CN.ts and countycare_en.ts, finished, and nothing obsolete
// lingers. lupdate is run over the same sources into a scratch catalogue so a
// string added to the code without a translation fails here, not in front of
// a user.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

struct Message {
    QString context, source, comment;
    QStringList translations; // one per numerus form, or one
    QString type;             // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
};

QString keyOf(const Message &m)
{
    return m.context + QChar(0x1F) + m.source + QChar(0x1F) + m.comment;
}

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{};
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (inMessage && name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(COUNTYCARE_TS_DIR "/countycare_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void chineseIsChinese();
    void upToDate_data();
    void upToDate();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 [%2]: %3").arg(m.type, m.context, m.source);
        else if (m.translations.isEmpty() ||
                 std::any_of(m.translations.begin(), m.translations.end(),
                             [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems << QStringLiteral("empty [%1]: %2").arg(m.context, m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 entries:\n").arg(problems.size()) +
                                            problems.mid(0, 40).join(QLatin1Char('\n'))));
}

// A Chinese translation with no CJK character at all is almost always the
// English text pasted in; the few legitimate ones (units, codes, format
// strings) are listed.
void TestTranslations::chineseIsChinese()
{
    QString error;
    const QList<Message> messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto hasCjk = [](const QString &s) {
        return std::any_of(s.begin(), s.end(), [](QChar c) {
            return (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) ||
                   (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) ||
                   (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
        });
    };
    // Words in lower case are what gets translated; acronyms (CSV, GBK, DRG),
    // file-dialog patterns "(*.csv)" and HTML tags stay as they are.
    const QRegularExpression untranslatable(QStringLiteral("\\(\\*\\.[^)]*\\)|<[^>]*>"));
    const auto hasLetters = [&](QString s) {
        s.remove(untranslatable);
        int letters = 0;
        for (const QChar c : s)
            letters += c.isLower() && c.unicode() < 0x80;
        return letters >= 4;
    };
    QStringList suspicious;
    for (const Message &m : messages) {
        for (const QString &t : m.translations)
            if (hasLetters(m.source) && !hasCjk(t) &&
                !m.comment.contains(QLatin1String("untranslated")))
                suspicious << QStringLiteral("[%1] %2 -> %3").arg(m.context, m.source, t);
    }
    QVERIFY2(suspicious.isEmpty(),
             qPrintable(QStringLiteral("%1 entries:\n").arg(suspicious.size()) +
                        suspicious.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::upToDate_data()
{
    complete_data();
}

// lupdate over the sources (the list CMake gave the translations target) into
// a scratch file: its messages must be exactly those of the catalogue.
void TestTranslations::upToDate()
{
    QFETCH(QString, language);
    if (!QFile::exists(QStringLiteral(COUNTYCARE_LUPDATE)))
        QSKIP("lupdate is not installed");
    QTemporaryDir dir;
    const QString scratch = dir.filePath(QStringLiteral("scratch_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), scratch));
    QFile::setPermissions(scratch, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(COUNTYCARE_LUPDATE),
                  {QStringLiteral("@" COUNTYCARE_LUPDATE_SOURCES), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral("-ts"), scratch});
    QVERIFY(lupdate.waitForFinished(300000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    const QList<Message> current = readTs(tsPath(language), &error);
    const QList<Message> fresh = readTs(scratch, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> have, want;
    for (const Message &m : current)
        have.insert(keyOf(m));
    QStringList missing;
    for (const Message &m : fresh) {
        want.insert(keyOf(m));
        if (!have.contains(keyOf(m)))
            missing << QStringLiteral("[%1] %2").arg(m.context, m.source);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 messages in the code are not in the catalogue "
                                       "(run the update_translations target and translate):\n")
                            .arg(missing.size()) +
                        missing.mid(0, 40).join(QLatin1Char('\n'))));
    QStringList stale;
    for (const Message &m : current)
        if (!want.contains(keyOf(m)))
            stale << QStringLiteral("[%1] %2").arg(m.context, m.source);
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1 catalogue entries no longer in the "
                                                        "code:\n")
                                             .arg(stale.size()) +
                                         stale.mid(0, 40).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
