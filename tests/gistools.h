#pragma once

// GDAL's command-line tools and Python for the tests that make GIS files at run
// time (ogr2ogr, python3 with osgeo and openpyxl). ./scripts/dev test installs
// them (gdal-bin, python3-gdal, python3-openpyxl); a test that needs one fails
// with a message naming the package when it is missing, rather than skipping.
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace cc::test {

struct ToolRun {
    bool ok = false; // started, finished, exit code 0
    QString output;  // stdout and stderr
};

inline QString toolPath(const QString &name)
{
    // Debian's python3 (with python3-gdal and python3-openpyxl), not a pyenv shim.
    if (name == QLatin1String("python3") && QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(name);
}

inline ToolRun runTool(const QString &name, const QStringList &args, int timeoutMs = 120000)
{
    ToolRun run;
    const QString path = toolPath(name);
    if (path.isEmpty()) {
        run.output = QStringLiteral("%1 not found (./scripts/dev test installs gdal-bin, "
                                    "python3-gdal and python3-openpyxl)")
                         .arg(name);
        return run;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(path, args);
    const bool finished = p.waitForFinished(timeoutMs);
    run.output = QString::fromUtf8(p.readAll());
    run.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return run;
}

// Runs a Python program given as text (python3 -c).
inline ToolRun runPython(const QString &program, const QStringList &args = {})
{
    return runTool(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), program} + args);
}

} // namespace cc::test
