#include "models/domain/labels.h"

#include <QCoreApplication>

namespace cc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cc::Labels", text);
}
} // namespace

QString levelName(FacilityLevel level)
{
    switch (level) {
    case FacilityLevel::VillageClinic:
        return tr("Village clinic");
    case FacilityLevel::TownshipCentre:
        return tr("Township health centre");
    case FacilityLevel::CountyHospital:
        return tr("County hospital");
    case FacilityLevel::OutOfCountyCity:
        return tr("City hospital (out of county)");
    case FacilityLevel::OutOfCountyProvince:
        return tr("Provincial hospital (out of county)");
    }
    return {};
}

QString hospitalKindName(HospitalKind kind)
{
    switch (kind) {
    case HospitalKind::General:
        return tr("General");
    case HospitalKind::Tcm:
        return tr("Traditional Chinese medicine");
    case HospitalKind::MaternalChild:
        return tr("Maternal and child health");
    }
    return {};
}

QString roadClassName(RoadClass roadClass)
{
    switch (roadClass) {
    case RoadClass::Expressway:
        return tr("Expressway");
    case RoadClass::National:
        return tr("National road");
    case RoadClass::Provincial:
        return tr("Provincial road");
    case RoadClass::County:
        return tr("County road");
    case RoadClass::Village:
        return tr("Village road");
    }
    return {};
}

QString roleName(StaffRole role)
{
    switch (role) {
    case StaffRole::GeneralPractitioner:
        return tr("General practitioner");
    case StaffRole::Specialist:
        return tr("Specialist");
    case StaffRole::Nurse:
        return tr("Nurse");
    case StaffRole::PublicHealth:
        return tr("Public health");
    }
    return {};
}

QString titleName(StaffTitle title)
{
    switch (title) {
    case StaffTitle::Junior:
        return tr("Junior");
    case StaffTitle::Intermediate:
        return tr("Intermediate");
    case StaffTitle::Senior:
        return tr("Senior");
    }
    return {};
}

} // namespace cc
