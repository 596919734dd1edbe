// countycare-cli import FILE --layer L --from PATH: adds a layer from a GIS file
// (GeoJSON, Shapefile, KML/KMZ, GeoPackage, MapInfo), a spreadsheet (XLSX, ODS) or
// a CSV file to a project, all or nothing, and saves it.
#include "app/cli/clicommand.h"
#include "app/cli/cliproject.h"
#include "models/domain/projectdocument.h"
#include "models/exchange/csvimport.h"
#include "models/exchange/geojsonimport.h"
#include "models/exchange/sourcelayer.h"
#include "models/store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cc::cli {

namespace {

constexpr const char *kUsage =
    "Usage: countycare-cli import FILE --layer boundary|facilities|settlements|roads --from PATH\n"
    "       [--from-layer NAME] [--crs auto|wgs84|gcj02|bd09|EPSG:n]\n"
    "       [--encoding auto|utf-8|gbk|utf-16] [--accept-valid] [--wait SECONDS]\n"
    "PATH: .geojson/.json, .csv/.tsv/.txt, .shp/.dbf, .kml/.kmz, .gpkg, .tab/.mif, .xlsx/.ods\n";

int usage(CliStreams &io, const QString &message)
{
    io.err << "countycare-cli import: " << message << '\n' << kUsage;
    return ExitUsage;
}

int runImport(const QStringList &args, CliStreams &io)
{
    using namespace cc::exchange;
    const ParsedArgs parsed =
        parseArgs(args,
                  {QStringLiteral("layer"), QStringLiteral("from"), QStringLiteral("from-layer"),
                   QStringLiteral("crs"), QStringLiteral("encoding")},
                  {QStringLiteral("accept-valid")});
    if (!parsed.error.isEmpty())
        return usage(io, parsed.error);
    if (parsed.positional.size() != 1)
        return usage(io, QStringLiteral("expected one project FILE"));
    const auto layer = layerFromCode(parsed.value(QStringLiteral("layer")));
    if (!layer)
        return usage(io,
                     QStringLiteral("--layer must be boundary, facilities, settlements or roads"));
    const QString from = parsed.value(QStringLiteral("from"));
    if (from.isEmpty())
        return usage(io, QStringLiteral("--from PATH is required"));

    ImportOptions options;
    const auto crs = parseCrsCode(parsed.value(QStringLiteral("crs"), QStringLiteral("auto")));
    if (!crs)
        return usage(io, QStringLiteral("--crs must be auto, wgs84, gcj02, bd09 or EPSG:n"));
    options.setCrs(*crs);
    options.sourceLayer = parsed.value(QStringLiteral("from-layer"));
    const QString encoding =
        parsed.value(QStringLiteral("encoding"), QStringLiteral("auto")).toLower();
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        options.encoding = TextEncoding::Utf8;
    else if (encoding == QLatin1String("gbk") || encoding == QLatin1String("gb18030"))
        options.encoding = TextEncoding::Gb18030;
    else if (encoding == QLatin1String("utf-16") || encoding == QLatin1String("utf16"))
        options.encoding = TextEncoding::Utf16;
    else if (encoding != QLatin1String("auto"))
        return usage(io, QStringLiteral("--encoding must be auto, utf-8, gbk or utf-16"));
    options.acceptValidRows = parsed.has(QStringLiteral("accept-valid"));
    if (isCsvFile(from) && *layer != Layer::Facilities && *layer != Layer::Settlements)
        return usage(io, QStringLiteral("CSV files hold facilities or settlements; use GeoJSON, a "
                                        "Shapefile, KML or a GeoPackage for boundary and roads"));

    // One writer at a time: the lock is held from loading to saving, so another
    // import (or the GUI) cannot change the file in between and lose its rows.
    const QString path = parsed.positional.first();
    LockedProject locked;
    if (const int code = openForChange(path, parsed, io, &locked))
        return code;
    const store::LoadResult &loaded = locked.loaded;
    // CSV and GeoJSON (any other suffix) keep their own readers; the GIS formats
    // and spreadsheets go through GDAL/OGR.
    const ImportResult result =
        isOgrFile(from)   ? importSourceFile(from, *layer, loaded.project, options)
        : isCsvFile(from) ? importCsvFile(from, *layer, loaded.project, options)
                          : importGeoJsonFile(from, *layer, loaded.project, options);
    if (!result.fatalError.isEmpty()) {
        io.err << from << ": " << oneLine(result.fatalError) << '\n';
        return ExitBadInput;
    }
    if (result.hasProblems()) {
        // Row-level report, one problem per line: "row 7: latitude 95 is out of range".
        for (const QString &line : result.report(200).split(QLatin1Char('\n')))
            io.err << oneLine(line) << '\n';
        if (!options.acceptValidRows) {
            io.err << from << ": "
                   << QCoreApplication::translate(
                          "cc::Cli",
                          "nothing imported; %1 problem(s). Fix the file, or pass --accept-valid "
                          "to import the %2 valid item(s).")
                          .arg(result.problems.size() + result.omittedProblems)
                          .arg(result.itemCount())
                   << '\n';
            return ExitBadInput;
        }
    }
    if (result.itemCount() == 0) {
        io.err << from << ": " << QCoreApplication::translate("cc::Cli", "nothing valid to import")
               << '\n';
        return ExitBadInput;
    }

    ProjectDocument doc;
    doc.reset(loaded.project, path);
    const ApplyResult applied = applyImport(doc, result);
    if (!applied.ok) {
        io.err << from << ": " << oneLine(applied.error) << '\n';
        return ExitBadInput;
    }
    if (const int code = saveChanged(locked, doc.project(), path, parsed, io))
        return code;
    io.out << "imported " << applied.added << ' ' << layerCode(*layer) << " into " << path;
    if (!result.newTownships.isEmpty())
        io.out << " (" << result.newTownships.size() << " new township(s))";
    io.out << '\n';
    io.out.flush();
    return ExitOk;
}

const CliRegistration registration(
    {"import",
     "import FILE --layer L --from PATH [--from-layer NAME] [--crs auto|wgs84|gcj02|bd09|EPSG:n] "
     "[--encoding E] [--accept-valid] [--wait S]",
     "Add a layer (boundary, facilities, settlements, roads) from GeoJSON, CSV, Shapefile, "
     "KML/KMZ, GeoPackage, MapInfo or XLSX/ODS and save; on bad input exit 2 with a "
     "row-level report and leave FILE untouched.",
     &runImport});

} // namespace

} // namespace cc::cli
