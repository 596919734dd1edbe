#pragma once

// Runs countycare-cli (the COUNTYCARE_CLI path every test is built with) and
// collects what it did, for the tests of the command-line tool.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliRun {
    int exitCode = -1; // stays -1 on a crash or a hang
    QString out;
    QString err;
};

inline CliRun finishCli(QProcess &proc, int timeoutMs)
{
    CliRun run;
    if (!proc.waitForFinished(timeoutMs) || proc.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = proc.exitCode();
    run.out = QString::fromUtf8(proc.readAllStandardOutput());
    run.err = QString::fromUtf8(proc.readAllStandardError());
    return run;
}

// The system environment in a neutral locale: the tool's messages follow
// LC_ALL / LC_MESSAGES / LANG, and tests expect English unless they ask.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

inline CliRun runCli(const QStringList &args, int timeoutMs = 120000,
                     const QProcessEnvironment &env = cliEnvironment())
{
    QProcess proc;
    proc.setProcessEnvironment(env);
    proc.start(QStringLiteral(COUNTYCARE_CLI), args);
    return finishCli(proc, timeoutMs);
}

// The environment that preloads tests/support/fsshim.cpp with `settings`
// (CC_SHIM_* variables). AddressSanitizer wants to be first among the
// preloaded libraries; it is told the shim is fine.
inline QProcessEnvironment shimEnvironment(const QList<QPair<QString, QString>> &settings)
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(COUNTYCARE_FSSHIM));
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                   QStringLiteral("verify_asan_link_order=0"));
    for (const auto &[key, value] : settings)
        env.insert(key, value);
    return env;
}
