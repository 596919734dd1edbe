#include "models/staffing/staffcsv.h"

#include <QCoreApplication>
#include <QHash>

namespace cc::staffing {

class StaffCsv {
    Q_DECLARE_TR_FUNCTIONS(cc::staffing::StaffCsv)
};

namespace {

enum Field { Name, Role, Title, Employer, Home, Months, Salary, FieldCount };

QString normalized(QString s)
{
    s = s.trimmed().toLower();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('_'));
    s.remove(QLatin1Char('-'));
    return s;
}

int fieldOf(const QString &header)
{
    static const QHash<QString, int> names = {
        {QStringLiteral("name"), Name},
        {QStringLiteral("姓名"), Name},
        {QStringLiteral("role"), Role},
        {QStringLiteral("岗位"), Role},
        {QStringLiteral("类别"), Role},
        {QStringLiteral("title"), Title},
        {QStringLiteral("职称"), Title},
        {QStringLiteral("employer"), Employer},
        {QStringLiteral("编制单位"), Employer},
        {QStringLiteral("单位"), Employer},
        {QStringLiteral("home"), Home},
        {QStringLiteral("worksat"), Home},
        {QStringLiteral("工作单位"), Home},
        {QStringLiteral("所在机构"), Home},
        {QStringLiteral("grassrootsmonths"), Months},
        {QStringLiteral("基层服务月数"), Months},
        {QStringLiteral("salary"), Salary},
        {QStringLiteral("annualpay"), Salary},
        {QStringLiteral("年薪"), Salary},
    };
    return names.value(normalized(header), -1);
}

int roleOf(const QString &text)
{
    const QString s = normalized(text);
    if (s == QStringLiteral("gp") || s == QStringLiteral("generalpractitioner") ||
        s == QStringLiteral("全科") || s == QStringLiteral("全科医生") || s == QStringLiteral("0"))
        return int(StaffRole::GeneralPractitioner);
    if (s == QStringLiteral("specialist") || s == QStringLiteral("专科") ||
        s == QStringLiteral("专科医生") || s == QStringLiteral("1"))
        return int(StaffRole::Specialist);
    if (s == QStringLiteral("nurse") || s == QStringLiteral("护士") || s == QStringLiteral("2"))
        return int(StaffRole::Nurse);
    if (s == QStringLiteral("publichealth") || s == QStringLiteral("公卫") ||
        s == QStringLiteral("公共卫生") || s == QStringLiteral("3"))
        return int(StaffRole::PublicHealth);
    return -1;
}

int titleOf(const QString &text)
{
    const QString s = normalized(text);
    if (s.isEmpty() || s == QStringLiteral("junior") || s == QStringLiteral("初级") ||
        s == QStringLiteral("0"))
        return int(StaffTitle::Junior);
    if (s == QStringLiteral("intermediate") || s == QStringLiteral("中级") ||
        s == QStringLiteral("1"))
        return int(StaffTitle::Intermediate);
    if (s == QStringLiteral("senior") || s == QStringLiteral("高级") ||
        s == QStringLiteral("副高") || s == QStringLiteral("正高") || s == QStringLiteral("2"))
        return int(StaffTitle::Senior);
    return -1;
}

} // namespace

StaffCsvImport staffFromCsv(const exchange::CsvTable &table, const Project &project)
{
    StaffCsvImport out;
    if (!table.ok()) {
        out.error = table.error;
        return out;
    }
    int column[FieldCount];
    std::fill(std::begin(column), std::end(column), -1);
    for (int c = 0; c < table.headers.size(); ++c) {
        const int f = fieldOf(table.headers[c]);
        if (f >= 0 && column[f] < 0)
            column[f] = c;
    }
    if (column[Name] < 0 || column[Role] < 0) {
        out.error = StaffCsv::tr("The file needs a name column (name/姓名) and a role column "
                                 "(role/岗位).");
        return out;
    }
    QHash<QString, EntityId> facilityByName;
    for (const Facility &f : project.facilities) {
        facilityByName.insert(f.name.trimmed(), f.id);
        if (!f.nameEn.isEmpty())
            facilityByName.insert(f.nameEn.trimmed().toLower(), f.id);
    }
    auto facility = [&](const QString &text, bool *ok) -> EntityId {
        *ok = true;
        const QString t = text.trimmed();
        if (t.isEmpty())
            return 0;
        if (const auto it = facilityByName.constFind(t); it != facilityByName.cend())
            return *it;
        if (const auto it = facilityByName.constFind(t.toLower()); it != facilityByName.cend())
            return *it;
        *ok = false;
        return 0;
    };
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows[i];
        const int number = i < table.rowNumbers.size() ? table.rowNumbers[i] : i + 2;
        auto cell = [&](int f) {
            return column[f] >= 0 && column[f] < row.size() ? row[column[f]] : QString();
        };
        auto problem = [&](const QString &text) {
            out.problems.push_back(StaffCsv::tr("row %1: %2").arg(number).arg(text));
        };
        StaffMember m;
        m.name = cell(Name).trimmed();
        if (m.name.isEmpty()) {
            problem(StaffCsv::tr("no name"));
            continue;
        }
        const int role = roleOf(cell(Role));
        if (role < 0) {
            problem(StaffCsv::tr("unknown role \"%1\"").arg(cell(Role)));
            continue;
        }
        m.role = static_cast<StaffRole>(role);
        const int title = titleOf(cell(Title));
        if (title < 0) {
            problem(StaffCsv::tr("unknown title \"%1\"").arg(cell(Title)));
            continue;
        }
        m.title = static_cast<StaffTitle>(title);
        bool ok = true;
        const QString employer = normalized(cell(Employer));
        if (!(employer.isEmpty() || employer == QStringLiteral("alliance") ||
              employer == QStringLiteral("医共体") || employer == QStringLiteral("县招"))) {
            m.employerFacilityId = facility(cell(Employer), &ok);
            if (!ok) {
                problem(StaffCsv::tr("unknown facility \"%1\"").arg(cell(Employer)));
                continue;
            }
        }
        m.homeFacilityId = facility(cell(Home), &ok);
        if (!ok) {
            problem(StaffCsv::tr("unknown facility \"%1\"").arg(cell(Home)));
            continue;
        }
        if (column[Months] >= 0 && !cell(Months).trimmed().isEmpty()) {
            m.grassrootsMonths = cell(Months).trimmed().toInt(&ok);
            if (!ok || m.grassrootsMonths < 0) {
                problem(StaffCsv::tr("grassroots months \"%1\" is not a whole number")
                            .arg(cell(Months)));
                continue;
            }
        }
        if (column[Salary] >= 0 && !cell(Salary).trimmed().isEmpty()) {
            QString s = cell(Salary).trimmed();
            s.remove(QLatin1Char(','));
            m.annualSalaryYuan = s.toDouble(&ok);
            if (!ok || m.annualSalaryYuan < 0) {
                problem(StaffCsv::tr("pay \"%1\" is not a number").arg(cell(Salary)));
                continue;
            }
        }
        out.staff.push_back(m);
    }
    return out;
}

} // namespace cc::staffing
