// countycare-cli export FILE --layer L --format geojson|csv --out PATH: writes one
// map layer of a project for GIS or a spreadsheet.
#include "app/cli/clicommand.h"
#include "app/cli/cliproject.h"
#include "models/exchange/layerexport.h"
#include "models/store/projectstore.h"

#include <QFileInfo>

namespace cc::cli {

namespace {

constexpr const char *kUsage =
    "Usage: countycare-cli export FILE --layer boundary|facilities|settlements|roads\n"
    "       --format geojson|csv --out PATH\n";

int usage(CliStreams &io, const QString &message)
{
    io.err << "countycare-cli export: " << message << '\n' << kUsage;
    return ExitUsage;
}

int runExport(const QStringList &args, CliStreams &io)
{
    using namespace cc::exchange;
    const ParsedArgs parsed =
        parseArgs(args, {QStringLiteral("layer"), QStringLiteral("format"), QStringLiteral("out")});
    if (!parsed.error.isEmpty())
        return usage(io, parsed.error);
    if (parsed.positional.size() != 1)
        return usage(io, QStringLiteral("expected one project FILE"));
    const auto layer = layerFromCode(parsed.value(QStringLiteral("layer")));
    if (!layer)
        return usage(io,
                     QStringLiteral("--layer must be boundary, facilities, settlements or roads"));
    const QString out = parsed.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(io, QStringLiteral("--out PATH is required"));
    // Without --format the extension of --out decides.
    const QString formatText =
        parsed.value(QStringLiteral("format"), QFileInfo(out).suffix().toLower());
    const auto format = exportFormatFromCode(formatText);
    if (!format)
        return usage(io, QStringLiteral("--format must be geojson or csv"));
    if (!canExport(*layer, *format))
        return usage(
            io,
            QStringLiteral("the %1 layer can only be exported as GeoJSON").arg(layerCode(*layer)));

    const store::LoadResult loaded = store::loadProject(parsed.positional.first());
    if (!loaded.ok()) {
        io.err << oneLine(loaded.message) << '\n';
        return ExitBadInput;
    }
    const ExportResult written = exportLayerToFile(loaded.project, *layer, *format, out);
    if (!written.ok) {
        io.err << oneLine(written.error) << '\n';
        return ExitFailure;
    }
    io.out << "wrote " << written.count << ' ' << layerCode(*layer) << " to " << out << '\n';
    io.out.flush();
    return ExitOk;
}

const CliRegistration registration(
    {"export", "export FILE --layer L --format geojson|csv --out PATH",
     "Write one map layer (boundary, facilities, settlements, roads) as GeoJSON (WGS 84) or, for "
     "points, CSV (UTF-8 with BOM for Excel).",
     &runExport});

} // namespace

} // namespace cc::cli
