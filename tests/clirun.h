#pragma once

// Runs countycare-cli (the COUNTYCARE_CLI path every test is built with) and
// collects what it did, for the tests of the command-line tool.
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun {
    int exitCode = -1; // stays -1 on a crash or a hang
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess proc;
    proc.start(QStringLiteral(COUNTYCARE_CLI), args);
    CliRun run;
    if (!proc.waitForFinished(timeoutMs) || proc.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = proc.exitCode();
    run.out = QString::fromUtf8(proc.readAllStandardOutput());
    run.err = QString::fromUtf8(proc.readAllStandardError());
    return run;
}
