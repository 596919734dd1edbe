#include "app/gui/language.h"

#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/workshop.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/policy/policypanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace cc {

namespace language {

namespace {
const char *const kSettingKey = "language";

struct Installed {
    QString language;
    QTranslator *app = nullptr;
    QTranslator *qt = nullptr;
};

Installed &installed()
{
    static Installed s;
    return s;
}

void removeTranslator(QTranslator *&t)
{
    if (!t)
        return;
    QCoreApplication::removeTranslator(t);
    delete t;
    t = nullptr;
}
} // namespace

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString chosen()
{
    const QString saved = QSettings().value(QLatin1String(kSettingKey)).toString();
    if (available().contains(saved))
        return saved;
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                    : QStringLiteral("en");
}

QString current()
{
    return installed().language;
}

bool apply(const QString &language)
{
    if (!available().contains(language))
        return false;
    Installed &s = installed();
    removeTranslator(s.app);
    removeTranslator(s.qt);
    s.app = new QTranslator;
    if (s.app->load(QStringLiteral(":/i18n/countycare_%1.qm").arg(language)))
        QCoreApplication::installTranslator(s.app);
    else
        removeTranslator(s.app);
    s.qt = new QTranslator;
    if (s.qt->load(QStringLiteral("qtbase_%1").arg(language),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s.qt);
    else
        removeTranslator(s.qt);
    QLocale::setDefault(
        language == QLatin1String("zh_CN")
            ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
            : QLocale(QLocale::English, QLocale::UnitedStates));
    s.language = language;
    return true;
}

bool switchTo(const QString &language)
{
    if (!apply(language))
        return false;
    QSettings().setValue(QLatin1String(kSettingKey), language);
    emit LanguageNotifier::instance()->languageChanged(language);
    return true;
}

} // namespace language

LanguageNotifier *LanguageNotifier::instance()
{
    static LanguageNotifier *notifier = new LanguageNotifier;
    return notifier;
}

void installLanguageMenu(MainWindow *window)
{
    // The language names stay in their own language, so a user who cannot read
    // the current one still finds theirs.
    QMenu *menu = window->viewMenu()->addMenu(
        QCoreApplication::translate("cc::Language", "&Language / 语言"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->setToolTip(QCoreApplication::translate(
        "cc::Language", "Switch the interface language; the choice is remembered"));
    auto *group = new QActionGroup(menu);
    for (const QString &lang : language::available()) {
        QAction *a = menu->addAction(language::nativeName(lang));
        a->setObjectName(QStringLiteral("language_") + lang);
        a->setCheckable(true);
        a->setChecked(lang == language::current());
        a->setStatusTip(QCoreApplication::translate(
            "cc::Language", "Show the interface in this language (no restart needed)"));
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, window, [lang] {
            if (lang != language::current())
                language::switchTo(lang);
        });
    }
}

WindowHost::WindowHost(ProjectDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_window = new MainWindow(document);
    // Queued: the switch comes from an action of the window being replaced.
    connect(
        LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this,
        [this] { rebuild(); }, Qt::QueuedConnection);
}

WindowHost::~WindowHost()
{
    delete m_window.data();
}

MainWindow *WindowHost::rebuild()
{
    MainWindow *old = m_window;
    if (!old)
        return nullptr;
    // Workshop mode changes the layout: leave it, and enter it again in the new window.
    auto *workshop = old->findChild<WorkshopMode *>();
    const bool inWorkshop = workshop && workshop->isActive();
    if (inWorkshop)
        workshop->setActive(false);
    const QByteArray geometry = old->saveGeometry();
    const QByteArray state = old->saveState();
    const bool visible = old->isVisible();
    const Qt::WindowStates windowState = old->windowState();
    const EntityId simulated = old->simulation()->scenario();

    auto *fresh = new MainWindow(m_document);
    fresh->fileActions()->takeOverFile(*old->fileActions());
    fresh->restoreGeometry(geometry);
    fresh->restoreState(state);
    fresh->simulation()->setScenario(simulated);
    m_window = fresh;
    old->hide();
    old->deleteLater();
    if (visible) {
        fresh->setWindowState(windowState);
        fresh->show();
    }
    if (inWorkshop)
        if (auto *w = fresh->findChild<WorkshopMode *>())
            w->setActive(true);
    emit windowRebuilt(fresh);
    return fresh;
}

} // namespace cc
