// countycare: the CountyCare Planner desktop application.
#include "app/gui/fileactions.h"
#include "app/gui/firsthour.h"
#include "app/gui/language.h"
#include "app/gui/mainwindow.h"
#include "app/gui/scenariomanager.h"
#include "models/domain/projectdocument.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CountyCare Planner"));
    QApplication::setOrganizationName(QStringLiteral("CountyCare"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTYCARE_VERSION));

    // Chinese first: the saved choice, else the system locale (Chinese for zh_*).
    cc::language::apply(cc::language::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan tight county health alliances."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "Project file to open (.ccplan or .gpkg)"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo county instead of the start page"));
    parser.addOption(demo);
    // For trainers and documentation: start on one of the first-hour views.
    const QCommandLineOption show(
        QStringLiteral("show"),
        QApplication::translate(
            "main", "Start with a view open: workshop, workshop-playing, "
                    "workshop-lever, glossary, model-notes, calibration, tour, explain or "
                    "start-page"),
        QStringLiteral("view"));
    parser.addOption(show);
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
    cc::WindowHost host(&document);
    cc::MainWindow *window = host.window();
    const QStringList files = parser.positionalArguments();
    bool opened = false;
    if (!files.isEmpty())
        opened = window->fileActions()->openFile(files.first());
    else if (parser.isSet(demo)) {
        window->fileActions()->openDemo();
        opened = true;
    }
    if (opened) {
        const cc::Project &project = window->document()->project();
        if (const cc::EntityId id = project.scenarioIdByName(parser.value(scenarioOption)))
            window->scenarios()->showScenario(id);
        if (const cc::EntityId id = project.scenarioIdByName(parser.value(compareOption)))
            window->scenarios()->setComparedScenario(id);
    }
    window->show();
    const QString view = parser.value(show);
    if (view.isEmpty()) {
        // Without a file: the start page (New, Open, Recent, demo county), then on
        // the very first start the guided tour.
        cc::startFirstHour(window, !opened);
    } else {
        if (!opened && view != QLatin1String("start-page"))
            window->fileActions()->openDemo();
        cc::showView(window, view);
    }
    return app.exec();
}
