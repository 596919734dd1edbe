#include "models/domain/projectdiff.h"

#include <QCoreApplication>

namespace cc {

// Translation context of this file (lupdate reads ProjectDiff::tr calls).
class ProjectDiff {
    Q_DECLARE_TR_FUNCTIONS(cc::ProjectDiff)
};

namespace {

template <typename T>
void compareTable(const Table<T> &a, const Table<T> &b, const char *what, QStringList &out)
{
    int added = 0, removed = 0, changed = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend())
            ++removed;
        else if (!(*other == *it))
            ++changed;
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!a.contains(it.key()))
            ++added;
    if (added + removed + changed == 0)
        return;
    QStringList parts;
    if (added)
        parts << ProjectDiff::tr("%n added", nullptr, added);
    if (removed)
        parts << ProjectDiff::tr("%n removed", nullptr, removed);
    if (changed)
        parts << ProjectDiff::tr("%n changed", nullptr, changed);
    out << ProjectDiff::tr("%1: %2").arg(ProjectDiff::tr(what), parts.join(ProjectDiff::tr(", ")));
}

} // namespace

QStringList describeDifferences(const Project &before, const Project &after)
{
    QStringList out;
    if (before.title != after.title)
        out << ProjectDiff::tr("Title: \"%1\" -> \"%2\"").arg(before.title, after.title);
    if (!(before.boundary == after.boundary))
        out << ProjectDiff::tr("County boundary changed");
    if (before.settings != after.settings)
        out << ProjectDiff::tr("Model settings changed");
    compareTable(before.townships, after.townships,
                 QT_TRANSLATE_NOOP("cc::ProjectDiff", "Townships"), out);
    compareTable(before.settlements, after.settlements,
                 QT_TRANSLATE_NOOP("cc::ProjectDiff", "Settlements"), out);
    compareTable(before.facilities, after.facilities,
                 QT_TRANSLATE_NOOP("cc::ProjectDiff", "Facilities"), out);
    compareTable(before.roads, after.roads, QT_TRANSLATE_NOOP("cc::ProjectDiff", "Roads"), out);
    compareTable(before.staff, after.staff, QT_TRANSLATE_NOOP("cc::ProjectDiff", "Staff"), out);
    compareTable(before.postings, after.postings, QT_TRANSLATE_NOOP("cc::ProjectDiff", "Postings"),
                 out);
    compareTable(before.serviceLines, after.serviceLines,
                 QT_TRANSLATE_NOOP("cc::ProjectDiff", "Service lines"), out);
    compareTable(before.scenarios, after.scenarios,
                 QT_TRANSLATE_NOOP("cc::ProjectDiff", "Scenarios and policy schedules"), out);
    compareTable(before.links, after.links,
                 QT_TRANSLATE_NOOP("cc::ProjectDiff", "Telemedicine links"), out);
    compareTable(before.investments, after.investments,
                 QT_TRANSLATE_NOOP("cc::ProjectDiff", "Investments"), out);
    if (before.catalogue != after.catalogue || before.careCentres != after.careCentres)
        out << ProjectDiff::tr("Investment catalogue and care centres changed");
    return out;
}

} // namespace cc
