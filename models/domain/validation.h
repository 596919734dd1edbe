#pragma once

#include "models/domain/project.h"

#include <QString>

namespace cc {

// One rule set for the UI, the importers and the file loader: a file can hold
// nothing the UI would refuse. Each returns an empty string when the value is
// acceptable in the project, otherwise a translated message saying what is wrong.
// References to other entities are checked against `project`.

constexpr int kMaxNameLength = 200;
constexpr int kMaxMonth = 1200; // 100 years; the horizon is at most 240 months
constexpr qint64 kMaxPopulation = 50'000'000;
constexpr int kMaxPathPoints = 100'000;

// A name: not empty, at most kMaxNameLength characters, no control or
// bidirectional formatting character (models/domain/textcheck.h).
QString checkName(const QString &name, const char *what);
// An optional text such as an English alias: empty is fine, the rest as for a name.
QString checkOptionalName(const QString &text, const char *what);
// Free text (a description, a note): line breaks and tabs allowed, other control
// and formatting characters not, at most `maxLength` characters.
QString checkFreeText(const QString &text, const char *what, int maxLength);
QString validateEntity(const Township &t, const Project &project);
QString validateEntity(const Settlement &s, const Project &project);
QString validateEntity(const Facility &f, const Project &project);
QString validateEntity(const Road &r, const Project &project);
QString validateEntity(const StaffMember &m, const Project &project);
QString validateEntity(const Posting &p, const Project &project);
QString validateEntity(const TelemedicineLink &link, const Project &project);
QString validateEntity(const ServiceLine &l, const Project &project);
QString validateEntity(const Scenario &s, const Project &project);
// Investments by value (validateInvestment): one whose facility is gone is skipped when compiled.
QString validateEntity(const Investment &investment, const Project &project);
QString validateBoundary(const CountyBoundary &b);

// Every entity, reference and parameter of a whole project; the first problem found.
QString validateProject(const Project &project);

} // namespace cc
