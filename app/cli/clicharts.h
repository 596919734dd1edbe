#pragma once

// Shared by the chart commands (export-chart, report): load a project, run
// scenarios, build chart data in the language asked for.
#include "app/cli/clicommand.h"
#include "models/domain/project.h"
#include "widgets/charts/charttable.h"

namespace cc::cli {

struct ChartRun {
    Project project;
    EntityId scenario = 0;
    EntityId compare = 0;
    charts::ChartData data;
};

// Loads FILE, runs --scenario (default the baseline) and, when given, --compare.
// Returns an exit code (ExitOk on success) and writes the reason to io.err.
int prepareChartRun(const QString &file, const ParsedArgs &args, const char *command,
                    CliStreams &io, ChartRun *run);

// --lang zh_CN -> Chinese (China); anything else English. Numbers follow it.
QLocale cliLocale(const ParsedArgs &args);

} // namespace cc::cli
