#include "models/sim/changeset.h"

namespace cc::sim {

namespace {

template <typename T>
void diffVector(const std::vector<T> &from, const std::vector<T> &to,
                std::vector<std::pair<int, T>> &out)
{
    const std::size_t n = std::max(from.size(), to.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (i >= to.size()) {
            T gone = from[i];
            if (gone.active) {
                gone.active = false;
                out.emplace_back(static_cast<int>(i), gone);
            }
        } else if (i >= from.size() || from[i] != to[i]) {
            out.emplace_back(static_cast<int>(i), to[i]);
        }
    }
}

template <typename T>
void applyVector(std::vector<T> &target, const std::vector<std::pair<int, T>> &ops)
{
    for (const auto &[index, value] : ops) {
        const auto i = static_cast<std::size_t>(index);
        if (i >= target.size())
            target.resize(i + 1);
        target[i] = value;
    }
}

} // namespace

ChangeSet diffInputs(const Input &from, const Input &to)
{
    ChangeSet c;
    diffVector(from.settlements, to.settlements, c.settlements);
    diffVector(from.facilities, to.facilities, c.facilities);
    diffVector(from.roads, to.roads, c.roads);
    diffVector(from.staff, to.staff, c.staff);
    diffVector(from.postings, to.postings, c.postings);
    diffVector(from.links, to.links, c.links);
    // Lines have no active flag: a different number of lines is a new structure.
    for (std::size_t i = 0; i < to.lines.size(); ++i)
        if (i >= from.lines.size() || from.lines[i] != to.lines[i])
            c.lines.emplace_back(static_cast<int>(i), to.lines[i]);
    if (from.lines.size() > to.lines.size())
        c.lineCount = static_cast<int>(to.lines.size());
    if (from.schedule != to.schedule)
        c.schedule = to.schedule;
    if (from.settings != to.settings)
        c.settings = to.settings;
    if (from.townships != to.townships)
        c.townships = to.townships;
    return c;
}

void applyChanges(Input &input, const ChangeSet &changes)
{
    applyVector(input.settlements, changes.settlements);
    applyVector(input.facilities, changes.facilities);
    applyVector(input.roads, changes.roads);
    applyVector(input.lines, changes.lines);
    if (changes.lineCount)
        input.lines.resize(static_cast<std::size_t>(*changes.lineCount));
    applyVector(input.staff, changes.staff);
    applyVector(input.postings, changes.postings);
    applyVector(input.links, changes.links);
    if (changes.schedule)
        input.schedule = *changes.schedule;
    if (changes.settings)
        input.settings = *changes.settings;
    if (changes.townships)
        input.townships = *changes.townships;
}

const Policy &Input::policyAt(int t) const
{
    static const Policy kDefault;
    const Policy *current = schedule.empty() ? &kDefault : &schedule.front().policy;
    for (const PolicyEntry &e : schedule)
        if (e.fromMonth <= t)
            current = &e.policy;
    return *current;
}

} // namespace cc::sim
