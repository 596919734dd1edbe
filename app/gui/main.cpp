// countycare: the CountyCare Planner desktop application.
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/scenariomanager.h"
#include "models/domain/projectdocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// Chinese first: the saved choice, else the system locale (Chinese for zh_*),
// else English.
QString chosenLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (!saved.isEmpty())
        return saved;
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                    : QStringLiteral("en");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CountyCare Planner"));
    QApplication::setOrganizationName(QStringLiteral("CountyCare"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTYCARE_VERSION));

    const QString language = chosenLanguage();
    QTranslator appTranslator, qtTranslator;
    if (appTranslator.load(QStringLiteral(":/i18n/countycare_%1.qm").arg(language)))
        QApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(QStringLiteral("qtbase_%1").arg(language),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (language == QLatin1String("zh_CN"))
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan tight county health alliances."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Project file to open (.ccplan)"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QApplication::translate("main", "Scenario to show"),
                                            QApplication::translate("main", "name"));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"), QApplication::translate("main", "Scenario to compare with"),
        QApplication::translate("main", "name"));
    parser.addOption(scenarioOption);
    parser.addOption(compareOption);
    parser.process(app);

    cc::ProjectDocument document;
    cc::MainWindow window(&document);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.fileActions()->openFile(files.first()))
        window.fileActions()->openDemo();
    if (const cc::EntityId id = document.project().scenarioIdByName(parser.value(scenarioOption)))
        window.scenarios()->showScenario(id);
    if (const cc::EntityId id = document.project().scenarioIdByName(parser.value(compareOption)))
        window.scenarios()->setComparedScenario(id);
    window.show();
    return app.exec();
}
