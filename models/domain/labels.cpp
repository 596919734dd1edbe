#include "models/domain/labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace cc {

// Translation context of this file (lupdate reads Labels::tr calls).
class Labels {
    Q_DECLARE_TR_FUNCTIONS(cc::Labels)
};

namespace {} // namespace

QString levelName(FacilityLevel level)
{
    switch (level) {
    case FacilityLevel::VillageClinic:
        return Labels::tr("Village clinic");
    case FacilityLevel::TownshipCentre:
        return Labels::tr("Township health centre");
    case FacilityLevel::CountyHospital:
        return Labels::tr("County hospital");
    case FacilityLevel::OutOfCountyCity:
        return Labels::tr("City hospital (out of county)");
    case FacilityLevel::OutOfCountyProvince:
        return Labels::tr("Provincial hospital (out of county)");
    }
    return {};
}

QString hospitalKindName(HospitalKind kind)
{
    switch (kind) {
    case HospitalKind::General:
        return Labels::tr("General");
    case HospitalKind::Tcm:
        return Labels::tr("Traditional Chinese medicine");
    case HospitalKind::MaternalChild:
        return Labels::tr("Maternal and child health");
    }
    return {};
}

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Consultation:
        return Labels::tr("Remote consultation");
    case LinkKind::Imaging:
        return Labels::tr("Shared imaging centre");
    case LinkKind::Laboratory:
        return Labels::tr("Shared laboratory");
    case LinkKind::Ecg:
        return Labels::tr("Shared ECG centre");
    }
    return {};
}

QString roadClassName(RoadClass roadClass)
{
    switch (roadClass) {
    case RoadClass::Expressway:
        return Labels::tr("Expressway");
    case RoadClass::National:
        return Labels::tr("National road");
    case RoadClass::Provincial:
        return Labels::tr("Provincial road");
    case RoadClass::County:
        return Labels::tr("County road");
    case RoadClass::Village:
        return Labels::tr("Village road");
    }
    return {};
}

QString roleName(StaffRole role)
{
    switch (role) {
    case StaffRole::GeneralPractitioner:
        return Labels::tr("General practitioner");
    case StaffRole::Specialist:
        return Labels::tr("Specialist");
    case StaffRole::Nurse:
        return Labels::tr("Nurse");
    case StaffRole::PublicHealth:
        return Labels::tr("Public health");
    }
    return {};
}

QString titleName(StaffTitle title)
{
    switch (title) {
    case StaffTitle::Junior:
        return Labels::tr("Junior");
    case StaffTitle::Intermediate:
        return Labels::tr("Intermediate");
    case StaffTitle::Senior:
        return Labels::tr("Senior");
    }
    return {};
}

QString scenarioLabel(const Scenario &scenario, const QLocale &locale)
{
    if (!scenario.nameEn.isEmpty() && locale.language() != QLocale::Chinese)
        return scenario.nameEn;
    return scenarioLabel(scenario.name);
}

QString scenarioLabel(const QString &name)
{
    if (name == QLatin1String("baseline"))
        return QCoreApplication::translate("cc::Labels", "baseline");
    return name;
}

} // namespace cc
