#pragma once

// Staff roster from a CSV file read by models/exchange (UTF-8 or GB18030, comma,
// semicolon or tab). Columns by header, Chinese or English: name/姓名,
// role/岗位 (gp/全科医生, specialist/专科医生, nurse/护士, public_health/公共卫生),
// title/职称 (junior/初级, intermediate/中级, senior/高级), employer/编制单位
// (alliance/医共体 or a facility name), works_at/工作单位 (a facility name),
// grassroots_months/基层服务月数, salary/年薪. Name and role are required.

#include "models/domain/project.h"
#include "models/exchange/csvtable.h"

#include <QStringList>
#include <QVector>

namespace cc::staffing {

struct StaffCsvImport {
    QVector<StaffMember> staff; // ids 0; ready for edit::add
    QStringList problems;       // translated, "row N: ..."
    QString error;              // translated; the whole file refused
};

StaffCsvImport staffFromCsv(const exchange::CsvTable &table, const Project &project);

} // namespace cc::staffing
