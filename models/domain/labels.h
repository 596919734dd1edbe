#pragma once

#include "models/domain/entities.h"

#include <QLocale>
#include <QString>

namespace cc {

// Translated display names of the domain's enumerations (official Chinese
// terms in the Chinese UI).
QString levelName(FacilityLevel level);
QString hospitalKindName(HospitalKind kind);
QString roadClassName(RoadClass roadClass);
QString linkKindName(LinkKind kind);
QString roleName(StaffRole role);
QString titleName(StaffTitle title);
// A scenario's name for display: its English alias in a non-Chinese UI when it
// has one, else its name; the reserved name "baseline" of older projects reads
// 基线方案 in the Chinese UI.
// `locale`: the language of the view (a chart or report may differ from the UI's).
QString scenarioLabel(const Scenario &scenario, const QLocale &locale = QLocale());
QString scenarioLabel(const QString &name);

} // namespace cc
