#include "models/domain/entitychange.h"

#include <algorithm>

namespace cc {

namespace {

EntityFields fieldIf(bool differs, EntityFields field)
{
    return differs ? field : 0;
}

} // namespace

template <> EntityFields changedFields(const Township &a, const Township &b)
{
    return fieldIf(a != b, FieldLabel);
}

template <> EntityFields changedFields(const Settlement &a, const Settlement &b)
{
    return fieldIf(a.name != b.name || a.nameEn != b.nameEn, FieldLabel) |
           fieldIf(a.position != b.position, FieldPosition) |
           fieldIf(std::tie(a.population, a.townshipId, a.signedShare, a.urban) !=
                       std::tie(b.population, b.townshipId, b.signedShare, b.urban),
                   FieldModel);
}

template <> EntityFields changedFields(const Facility &a, const Facility &b)
{
    return fieldIf(a.name != b.name || a.nameEn != b.nameEn, FieldLabel) |
           fieldIf(a.position != b.position, FieldPosition) |
           fieldIf(std::tie(a.level, a.kind, a.beds, a.townshipId, a.inAlliance, a.capability) !=
                       std::tie(b.level, b.kind, b.beds, b.townshipId, b.inAlliance, b.capability),
                   FieldModel);
}

template <> EntityFields changedFields(const Road &a, const Road &b)
{
    return fieldIf(a.name != b.name, FieldLabel) | fieldIf(a.path != b.path, FieldPosition) |
           fieldIf(a.roadClass != b.roadClass || a.speedKmh != b.speedKmh, FieldModel);
}

template <> EntityFields changedFields(const StaffMember &a, const StaffMember &b)
{
    StaffMember renamed = a;
    renamed.name = b.name;
    return fieldIf(a.name != b.name, FieldLabel) | fieldIf(renamed != b, FieldModel);
}

template <> EntityFields changedFields(const Posting &a, const Posting &b)
{
    return fieldIf(a != b, FieldModel);
}

template <> EntityFields changedFields(const ServiceLine &a, const ServiceLine &b)
{
    ServiceLine relabelled = a;
    relabelled.code = b.code;
    relabelled.name = b.name;
    relabelled.nameEn = b.nameEn;
    return fieldIf(a.code != b.code || a.name != b.name || a.nameEn != b.nameEn, FieldLabel) |
           fieldIf(relabelled != b, FieldModel);
}

template <> EntityFields changedFields(const Scenario &a, const Scenario &b)
{
    return fieldIf(a.name != b.name || a.description != b.description || a.key != b.key ||
                       a.nameEn != b.nameEn,
                   FieldLabel) |
           fieldIf(a.schedule != b.schedule, FieldSchedule);
}

template <> EntityFields changedFields(const TelemedicineLink &a, const TelemedicineLink &b)
{
    return fieldIf(a != b, FieldModel);
}

template <> EntityFields changedFields(const Investment &a, const Investment &b)
{
    return fieldIf(a != b, FieldModel);
}

int firstDifferingMonth(const PolicySchedule &a, const PolicySchedule &b)
{
    int first = -1;
    const int n = std::min(a.size(), b.size());
    for (int i = 0; i < n && first < 0; ++i) {
        if (a[i].fromMonth != b[i].fromMonth)
            first = std::min(a[i].fromMonth, b[i].fromMonth);
        else if (a[i].changes != b[i].changes)
            first = a[i].fromMonth;
    }
    if (first < 0 && a.size() != b.size())
        first = (a.size() > n) ? a[n].fromMonth : b[n].fromMonth;
    return first;
}

template <typename T> int firstChangedMonth(const T *, const T *)
{
    return 0;
}

template <> int firstChangedMonth(const Posting *before, const Posting *after)
{
    if (before && after)
        return std::min(before->startMonth, after->startMonth);
    return (before ? before : after)->startMonth;
}

template <> int firstChangedMonth(const TelemedicineLink *before, const TelemedicineLink *after)
{
    if (before && after)
        return std::min(before->startMonth, after->startMonth);
    return (before ? before : after)->startMonth;
}

template <> int firstChangedMonth(const Scenario *before, const Scenario *after)
{
    if (!before || !after)
        return 0;
    return firstDifferingMonth(before->schedule, after->schedule);
}

template int firstChangedMonth(const Township *, const Township *);
template int firstChangedMonth(const Settlement *, const Settlement *);
template int firstChangedMonth(const Facility *, const Facility *);
template int firstChangedMonth(const Road *, const Road *);
template int firstChangedMonth(const StaffMember *, const StaffMember *);
template int firstChangedMonth(const ServiceLine *, const ServiceLine *);
template int firstChangedMonth(const Investment *, const Investment *);

} // namespace cc
