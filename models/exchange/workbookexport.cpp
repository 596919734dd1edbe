#include "models/exchange/workbookexport.h"

#include "models/domain/labels.h"
#include "models/sim/calendar.h"
#include "models/sim/engine.h"
#include "models/simulation/comparisonrows.h"
#include "models/simulation/indicatorcolumns.h"
#include "models/simulation/simcompile.h"
#include "models/store/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <memory>
#include <unistd.h>

namespace cc::exchange {

namespace {

struct WorkbookText {
    Q_DECLARE_TR_FUNCTIONS(cc::Workbook)
};

// Excel's limit on sheet names, in characters.
constexpr int kMaxSheetName = 31;
constexpr double kLabelWidth = 34;
constexpr double kValueWidth = 15;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QString yearMonth(const Project &p, int month)
{
    return QString::fromStdString(
        sim::formatYearMonth(sim::yearMonthAt(p.settings.integer(SettingKey::StartYear),
                                              p.settings.integer(SettingKey::StartMonth), month)));
}

// libxlsxwriter prints its own "[ERROR] ..." lines on stderr when a write
// fails; the caller reports the failure in one line of its own, so they are
// sent to /dev/null while the library writes the file (file descriptor 2, the
// only way to reach the library's fprintf(stderr)).
class QuietStderr {
public:
    QuietStderr()
    {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            ::dup2(null, STDERR_FILENO);
        if (null >= 0)
            ::close(null);
    }
    ~QuietStderr()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    int m_saved = -1;
};

// Writes one workbook with libxlsxwriter; every call after a failure is a no-op
// and the first error is kept.
class Writer {
public:
    explicit Writer(const QString &path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (!m_book)
            return;
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(m_header, 0xDDE8EE);
        format_set_border(m_header, LXW_BORDER_THIN);
        m_code = workbook_add_format(m_book);
        format_set_italic(m_code);
        format_set_font_size(m_code, 9);
        format_set_font_color(m_code, 0x666666);
        format_set_bg_color(m_code, 0xF2F2F2);
        format_set_bottom(m_code, LXW_BORDER_THIN);
        m_text = workbook_add_format(m_book);
        format_set_align(m_text, LXW_ALIGN_VERTICAL_TOP);
        m_wrap = workbook_add_format(m_book);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
        m_note = workbook_add_format(m_book);
        format_set_italic(m_note);
        format_set_font_color(m_note, 0x555555);
    }
    ~Writer()
    {
        if (m_book)
            workbook_close(m_book); // only after a failure: close() took it otherwise
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    bool ok() const { return m_book && m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QStringList &sheets() const { return m_sheets; }

    // Writes the file. Returns false with error() set when it cannot.
    bool close()
    {
        if (!m_book) {
            m_error = WorkbookText::tr("the workbook cannot be created");
            return false;
        }
        errno = 0;
        lxw_error e = LXW_NO_ERROR;
        int systemError = 0; // what the failing write said ("No space left")
        {
            const QuietStderr quiet;
            e = workbook_close(m_book);
            systemError = errno;
        }
        m_book = nullptr;
        if (e != LXW_NO_ERROR && m_error.isEmpty())
            m_error = systemError != 0
                          ? QStringLiteral("%1 (%2)").arg(QString::fromUtf8(lxw_strerror(e)),
                                                          store::systemReason(systemError))
                          : QString::fromUtf8(lxw_strerror(e));
        return m_error.isEmpty();
    }

    lxw_worksheet *addSheet(const QString &wanted)
    {
        if (!ok())
            return nullptr;
        // Excel refuses []:*?/\ in sheet names and more than 31 characters.
        QString name = wanted;
        for (QChar &c : name)
            if (QStringLiteral("[]:*?/\\").contains(c))
                c = QLatin1Char('_');
        name = name.left(kMaxSheetName).trimmed();
        // nor an apostrophe at either end, nor an empty name.
        while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
            name = name.startsWith(QLatin1Char('\'')) ? name.mid(1) : name.chopped(1);
        if (name.isEmpty())
            name = QStringLiteral("-");
        const QString base = name;
        for (int n = 2; m_names.contains(name.toLower()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = base.left(kMaxSheetName - suffix.size()) + suffix;
        }
        m_names.insert(name.toLower());
        lxw_worksheet *ws = workbook_add_worksheet(m_book, utf8(name).constData());
        if (!ws)
            m_error = WorkbookText::tr("the sheet name \"%1\" is refused").arg(name);
        else
            m_sheets << name;
        return ws;
    }

    lxw_format *numberFormat(const char *pattern)
    {
        auto it = m_formats.find(pattern);
        if (it != m_formats.end())
            return it->second;
        lxw_format *f = workbook_add_format(m_book);
        format_set_num_format(f, pattern);
        m_formats.emplace(pattern, f);
        return f;
    }

    void text(lxw_worksheet *ws, int row, int col, const QString &value, lxw_format *f = nullptr)
    {
        if (!ws || !ok())
            return;
        check(worksheet_write_string(ws, row, col, utf8(value).constData(), f ? f : m_text));
    }
    void number(lxw_worksheet *ws, int row, int col, double value, lxw_format *f)
    {
        if (!ws || !ok())
            return;
        // NaN and infinity have no cell value in a workbook: the cell stays empty.
        check(std::isfinite(value) ? worksheet_write_number(ws, row, col, value, f)
                                   : worksheet_write_blank(ws, row, col, f));
    }
    // The header rows: labels (row 0) and, when given, the machine names (row 1),
    // frozen with the first `frozenColumns` columns.
    void header(lxw_worksheet *ws, const QStringList &labels, const QStringList &codes,
                int frozenColumns)
    {
        if (!ws || !ok())
            return;
        for (int c = 0; c < labels.size(); ++c)
            text(ws, 0, c, labels[c], m_header);
        for (int c = 0; c < codes.size(); ++c)
            text(ws, 1, c, codes[c], m_code);
        worksheet_set_row(ws, 0, 48, nullptr);
        worksheet_freeze_panes(ws, codes.isEmpty() ? 1 : 2, frozenColumns);
    }
    void width(lxw_worksheet *ws, int first, int last, double width)
    {
        if (ws && ok())
            worksheet_set_column(ws, first, last, width, nullptr);
    }
    void autofilter(lxw_worksheet *ws, int lastRow, int lastCol)
    {
        if (ws && ok() && lastRow > 0)
            check(worksheet_autofilter(ws, 0, 0, lastRow, lastCol));
    }
    lxw_format *wrap() const { return m_wrap; }
    lxw_format *note() const { return m_note; }

private:
    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && m_error.isEmpty())
            m_error = QString::fromUtf8(lxw_strerror(e));
    }

    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr, *m_code = nullptr, *m_text = nullptr, *m_wrap = nullptr,
               *m_note = nullptr;
    std::map<std::string, lxw_format *> m_formats;
    QSet<QString> m_names;
    QStringList m_sheets;
    QString m_error;
};

// Excel number formats for the indicator table's formats.
const char *formatPattern(ColumnFormat f)
{
    switch (f) {
    case ColumnFormat::Month:
        return "0";
    case ColumnFormat::YearMonth:
        return "@";
    case ColumnFormat::Share:
        return "0.0%";
    case ColumnFormat::Yuan:
    case ColumnFormat::Count:
        return "#,##0";
    case ColumnFormat::Number:
        return "0.00";
    }
    return "General";
}

const char *formatPattern(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Share:
        return "0.0%";
    case ValueKind::Money:
        return "#,##0.00";
    case ValueKind::Integer:
    case ValueKind::Boolean:
        return "0";
    case ValueKind::Real:
        break;
    }
    return "General";
}

QString scenarioName(const Project &p, EntityId id)
{
    return scenarioLabel(p.scenarios.value(id));
}

// The value `simulate --csv` writes (15 significant digits, csvCell()), so the
// workbook and the CSV hold the same numbers: libxlsxwriter stores 16 digits,
// and a value rounded twice could differ from the CSV in its last digit.
double csvValue(const IndicatorColumn &column, const IndicatorRow &row)
{
    const double v = column.value(row);
    return std::isfinite(v) ? csvCell(column, row).toDouble() : v;
}

void writeMonthly(Writer &w, const Project &p, EntityId scenario, const sim::Results &r)
{
    lxw_worksheet *ws = w.addSheet(WorkbookText::tr("Monthly - %1").arg(scenarioName(p, scenario)));
    const QVector<IndicatorColumn> &columns = indicatorColumns();
    QStringList labels, codes;
    for (const IndicatorColumn &c : columns) {
        labels << columnLabel(c);
        codes << QLatin1String(c.name);
    }
    w.header(ws, labels, codes, 2);
    w.width(ws, 0, 0, 8);
    w.width(ws, 1, 1, 10);
    w.width(ws, 2, static_cast<int>(columns.size()) - 1, kValueWidth);
    for (int t = 0; t < r.months; ++t) {
        const IndicatorRow row{r, r.countyAt(t), t};
        for (int c = 0; c < columns.size(); ++c) {
            const IndicatorColumn &col = columns[c];
            if (col.format == ColumnFormat::YearMonth)
                w.text(ws, t + 2, c, yearMonthText(r, t));
            else if (col.format == ColumnFormat::Month)
                w.number(ws, t + 2, c, t, w.numberFormat(formatPattern(col.format)));
            else
                w.number(ws, t + 2, c, csvValue(col, row),
                         w.numberFormat(formatPattern(col.format)));
        }
    }
}

void writeComparison(Writer &w, const Project &p, EntityId shownId, const sim::Results &shown,
                     EntityId comparedId, const sim::Results &compared)
{
    lxw_worksheet *ws = w.addSheet(WorkbookText::tr("Comparison"));
    const QString shownName = scenarioName(p, shownId);
    const QString comparedName = scenarioName(p, comparedId);
    w.header(ws,
             {WorkbookText::tr("Indicator"), WorkbookText::tr("Column"), WorkbookText::tr("Value"),
              shownName, comparedName, WorkbookText::tr("Difference")},
             {}, 0);
    w.width(ws, 0, 0, kLabelWidth);
    w.width(ws, 1, 2, 24);
    w.width(ws, 3, 5, kValueWidth + 2);
    const QVector<ComparisonRow> rows = comparisonRows(shown, compared);
    int r = 1;
    for (const ComparisonRow &row : rows) {
        const bool whole = row.format == ComparisonRow::Yuan || row.format == ComparisonRow::Count;
        const char *value = row.format == ComparisonRow::Percent ? "0.0%"
                            : whole                              ? "#,##0"
                                                                 : "0.00";
        const char *difference = row.format == ComparisonRow::Percent ? "+0.0%;-0.0%;0.0%"
                                 : whole                              ? "+#,##0;-#,##0;0"
                                                                      : "+0.00;-0.00;0.00";
        w.text(ws, r, 0, row.label);
        w.text(ws, r, 1, row.column ? QLatin1String(row.column->name) : QString());
        w.text(ws, r, 2,
               row.wholeHorizon ? WorkbookText::tr("sum over the horizon")
                                : WorkbookText::tr("last month"));
        w.number(ws, r, 3, row.shown, w.numberFormat(value));
        w.number(ws, r, 4, row.compared, w.numberFormat(value));
        w.number(ws, r, 5, row.difference(), w.numberFormat(difference));
        ++r;
    }
    w.text(ws, r + 1, 0,
           WorkbookText::tr("End of the horizon (%1), whole county. Difference: %2 minus %3; "
                            "for shares in percentage points.")
               .arg(yearMonthText(shown, shown.months - 1), comparedName, shownName),
           w.note());
}

void writeParameters(Writer &w, const Project &p, const QVector<EntityId> &scenarios)
{
    lxw_worksheet *ws = w.addSheet(WorkbookText::tr("Parameters"));
    w.header(ws,
             {WorkbookText::tr("Scenario"), WorkbookText::tr("From month"),
              WorkbookText::tr("Group"), WorkbookText::tr("Parameter"), WorkbookText::tr("Key"),
              WorkbookText::tr("Value"), WorkbookText::tr("Unit"), WorkbookText::tr("Default"),
              WorkbookText::tr("Source of the default")},
             {}, 0);
    w.width(ws, 0, 1, 14);
    w.width(ws, 2, 2, 16);
    w.width(ws, 3, 3, kLabelWidth);
    w.width(ws, 4, 4, 30);
    w.width(ws, 5, 7, 12);
    w.width(ws, 8, 8, 60);
    const auto tr = [](const char *text) {
        return text && *text ? QCoreApplication::translate("cc::Parameters", text) : QString();
    };
    int r = 1;
    const auto writeRow = [&](const QString &scenario, const QString &from,
                              const ParameterSpec &spec, double value) {
        lxw_format *f = w.numberFormat(formatPattern(spec.kind));
        w.text(ws, r, 0, scenario);
        w.text(ws, r, 1, from);
        w.text(ws, r, 2, tr(spec.group));
        w.text(ws, r, 3, tr(spec.label));
        w.text(ws, r, 4, QLatin1String(spec.key));
        w.number(ws, r, 5, value, f);
        w.text(ws, r, 6, tr(spec.unit));
        w.number(ws, r, 7, spec.defaultValue, f);
        w.text(ws, r, 8, QString::fromUtf8(spec.source), w.wrap());
        ++r;
    };
    for (EntityId id : scenarios) {
        const Scenario &s = p.scenarios.value(id);
        // The first entry's every value, then what each later entry sets.
        for (const PolicyEntry &entry : s.schedule)
            for (PolicyKey key : entry.changes.keys())
                writeRow(scenarioName(p, id), yearMonth(p, entry.fromMonth), policySpec(key),
                         entry.changes.value(key));
    }
    for (int k = 0; k < kSettingKeyCount; ++k)
        writeRow(WorkbookText::tr("(all scenarios)"), yearMonth(p, 0),
                 settingSpec(static_cast<SettingKey>(k)), p.settings.at(k));
    w.autofilter(ws, r - 1, 8);
}

QString facilityName(const Project &p, EntityId id)
{
    return id == 0 ? QString() : p.facilities.value(id).name;
}

void writeStaff(Writer &w, const Project &p)
{
    lxw_worksheet *ws = w.addSheet(WorkbookText::tr("Staff"));
    w.header(ws,
             {WorkbookText::tr("Id"), WorkbookText::tr("Name"), WorkbookText::tr("Role"),
              WorkbookText::tr("Title"), WorkbookText::tr("Employer"),
              WorkbookText::tr("Home facility"), WorkbookText::tr("Grassroots service (months)"),
              WorkbookText::tr("Annual salary (yuan)")},
             {}, 2);
    w.width(ws, 0, 0, 8);
    w.width(ws, 1, 3, 14);
    w.width(ws, 4, 5, 24);
    w.width(ws, 6, 7, 16);
    int r = 1;
    for (const StaffMember &s : p.staff) {
        w.number(ws, r, 0, double(s.id), w.numberFormat("0"));
        w.text(ws, r, 1, s.name);
        w.text(ws, r, 2, roleName(s.role));
        w.text(ws, r, 3, titleName(s.title));
        w.text(ws, r, 4,
               s.employerFacilityId == 0 ? WorkbookText::tr("Alliance (county hire)")
                                         : facilityName(p, s.employerFacilityId));
        w.text(ws, r, 5, facilityName(p, s.homeFacilityId));
        w.number(ws, r, 6, s.grassrootsMonths, w.numberFormat("0"));
        w.number(ws, r, 7, s.annualSalaryYuan, w.numberFormat("#,##0"));
        ++r;
    }
    w.autofilter(ws, r - 1, 7);
}

void writePostings(Writer &w, const Project &p)
{
    lxw_worksheet *ws = w.addSheet(WorkbookText::tr("Postings"));
    w.header(ws,
             {WorkbookText::tr("Id"), WorkbookText::tr("Staff member"), WorkbookText::tr("Role"),
              WorkbookText::tr("Posted to"), WorkbookText::tr("Level"),
              WorkbookText::tr("First month"), WorkbookText::tr("Last month"),
              WorkbookText::tr("Months"), WorkbookText::tr("FTE"), WorkbookText::tr("Scenario")},
             {}, 2);
    w.width(ws, 0, 0, 8);
    w.width(ws, 1, 2, 14);
    w.width(ws, 3, 4, 24);
    w.width(ws, 5, 9, 12);
    int r = 1;
    for (const Posting &post : p.postings) {
        const StaffMember &s = p.staff.value(post.staffId);
        w.number(ws, r, 0, double(post.id), w.numberFormat("0"));
        w.text(ws, r, 1, s.name);
        w.text(ws, r, 2, roleName(s.role));
        w.text(ws, r, 3, facilityName(p, post.facilityId));
        w.text(ws, r, 4, levelName(p.facilities.value(post.facilityId).level));
        w.text(ws, r, 5, yearMonth(p, post.startMonth));
        w.text(ws, r, 6, yearMonth(p, std::max(post.startMonth, post.endMonth - 1)));
        w.number(ws, r, 7, post.endMonth - post.startMonth, w.numberFormat("0"));
        w.number(ws, r, 8, post.fte, w.numberFormat("0.00"));
        w.text(ws, r, 9,
               post.scenarioId == 0 ? WorkbookText::tr("All scenarios")
                                    : scenarioName(p, post.scenarioId));
        ++r;
    }
    w.autofilter(ws, r - 1, 9);
}

// Each hospital's DRG revenue (points x the month's point value) by month:
// the alliance's township centres and county hospitals, in the order of the
// project. Written for scenarios that pay by DRG points in some month.
bool paysByDrg(const sim::Results &r)
{
    for (double v : r.facilityDrgRevenue)
        if (v > 0)
            return true;
    return false;
}

void writeDrgRevenue(Writer &w, const Project &p, EntityId scenario, const sim::Results &r,
                     const SimIndexMap &ids)
{
    lxw_worksheet *ws =
        w.addSheet(WorkbookText::tr("DRG revenue - %1").arg(scenarioName(p, scenario)));
    QStringList labels{WorkbookText::tr("Month index"), WorkbookText::tr("Month")};
    QStringList codes{QStringLiteral("month"), QStringLiteral("year_month")};
    QVector<int> indices;
    for (const Facility &f : p.facilities) {
        const int index = ids.facilities.value(f.id, -1);
        if ((f.level != FacilityLevel::TownshipCentre &&
             f.level != FacilityLevel::CountyHospital) ||
            index < 0 || index >= r.facilities)
            continue;
        labels << WorkbookText::tr("%1 (yuan)").arg(f.name);
        codes << QStringLiteral("facility_%1").arg(f.id);
        indices << index;
    }
    w.header(ws, labels, codes, 2);
    w.width(ws, 0, 0, 8);
    w.width(ws, 1, 1, 10);
    w.width(ws, 2, static_cast<int>(labels.size()) - 1, kValueWidth);
    lxw_format *yuan = w.numberFormat("#,##0");
    for (int t = 0; t < r.months; ++t) {
        w.number(ws, t + 2, 0, t, w.numberFormat("0"));
        w.text(ws, t + 2, 1, yearMonthText(r, t));
        for (int c = 0; c < indices.size(); ++c) {
            const std::size_t i = static_cast<std::size_t>(indices[c]) * r.months + t;
            w.number(ws, t + 2, c + 2,
                     i < r.facilityDrgRevenue.size() ? r.facilityDrgRevenue[i] : 0.0, yuan);
        }
    }
}

// The telemedicine links (远程会诊、影像/检验/心电共享中心) of the project.
void writeLinks(Writer &w, const Project &p)
{
    lxw_worksheet *ws = w.addSheet(WorkbookText::tr("Telemedicine links"));
    w.header(ws,
             {WorkbookText::tr("Id"), WorkbookText::tr("County hospital"),
              WorkbookText::tr("Township centre"), WorkbookText::tr("Kind"),
              WorkbookText::tr("First month"), WorkbookText::tr("Last month"),
              WorkbookText::tr("Capability gain"), WorkbookText::tr("Yearly cost (yuan)"),
              WorkbookText::tr("Scenario")},
             {}, 2);
    w.width(ws, 0, 0, 8);
    w.width(ws, 1, 3, 24);
    w.width(ws, 4, 8, 14);
    int r = 1;
    for (const TelemedicineLink &l : p.links) {
        w.number(ws, r, 0, double(l.id), w.numberFormat("0"));
        w.text(ws, r, 1, facilityName(p, l.hubFacilityId));
        w.text(ws, r, 2, facilityName(p, l.centreFacilityId));
        w.text(ws, r, 3, linkKindName(l.kind));
        w.text(ws, r, 4, yearMonth(p, l.startMonth));
        w.text(ws, r, 5, yearMonth(p, std::max(l.startMonth, l.endMonth - 1)));
        w.number(ws, r, 6, l.capabilityGain, w.numberFormat("0.0%"));
        w.number(ws, r, 7, l.annualCostYuan, w.numberFormat("#,##0"));
        w.text(ws, r, 8,
               l.scenarioId == 0 ? WorkbookText::tr("All scenarios")
                                 : scenarioName(p, l.scenarioId));
        ++r;
    }
    w.autofilter(ws, r - 1, 8);
}

} // namespace

WorkbookResult exportWorkbook(const Project &project, const WorkbookRequest &request,
                              const QString &path)
{
    WorkbookResult result;
    QVector<EntityId> scenarios = request.scenarios;
    if (scenarios.isEmpty())
        scenarios = QVector<EntityId>(project.scenarios.keyBegin(), project.scenarios.keyEnd());
    const bool compare = request.compareShown != 0 && request.compareWith != 0;
    QVector<EntityId> needed = scenarios;
    for (EntityId id : {request.compareShown, request.compareWith})
        if (compare && !needed.contains(id))
            needed.push_back(id);
    for (EntityId id : std::as_const(needed))
        if (!project.scenarios.contains(id)) {
            result.error = WorkbookText::tr("The project has no scenario %1.").arg(id);
            return result;
        }

    // Every run first: a workbook is written only when all of it can be.
    std::map<EntityId, std::unique_ptr<sim::Engine>> runs;
    std::map<EntityId, SimIndexMap> maps;
    for (EntityId id : std::as_const(needed))
        runs[id] = std::make_unique<sim::Engine>(compileProject(project, id, maps[id]));

    const QFileInfo target(path);
    const QString where = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.isDir()) {
        result.error = WorkbookText::tr("Cannot write %1: it is a folder.").arg(where);
        return result;
    }
    // Written beside the target and renamed over it (models/store/atomicfile.h):
    // libxlsxwriter writes the file by name, so the store's temporary file
    // and replaceFile() rather than an AtomicFile device.
    store::removeStaleTemporaries(target.absoluteFilePath());
    store::TemporarySibling temporary;
    QString error;
    if (!temporary.create(target.absoluteFilePath(), &error)) {
        result.error = WorkbookText::tr("Cannot write %1: %2").arg(where, error);
        return result;
    }
    temporary.file()->close(); // libxlsxwriter writes it by name; the claim stays

    Writer w(temporary.path());
    for (EntityId id : std::as_const(scenarios))
        writeMonthly(w, project, id, runs[id]->results());
    if (compare)
        writeComparison(w, project, request.compareShown, runs[request.compareShown]->results(),
                        request.compareWith, runs[request.compareWith]->results());
    writeParameters(w, project, needed);
    writeStaff(w, project);
    writePostings(w, project);
    writeLinks(w, project);
    for (EntityId id : std::as_const(scenarios))
        if (paysByDrg(runs[id]->results()))
            writeDrgRevenue(w, project, id, runs[id]->results(), maps[id]);
    if (!w.close()) {
        result.error = WorkbookText::tr("Cannot write %1: %2").arg(where, w.error());
        return result; // the temporary file goes with `temporary`
    }
    // Synced, renamed over the target in one step, the folder synced.
    if (const QString e = store::replaceFile(temporary.path(), target.absoluteFilePath());
        !e.isEmpty()) {
        result.error = WorkbookText::tr("Cannot write %1: %2").arg(where, e);
        return result;
    }
    temporary.release();
    result.ok = true;
    result.sheets = w.sheets();
    return result;
}

} // namespace cc::exchange
