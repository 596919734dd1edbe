#include "models/planner/simaction.h"

#include <algorithm>

namespace cc::planner {

namespace {

template <typename T> int sizeOf(const std::vector<T> &v)
{
    return static_cast<int>(v.size());
}

} // namespace

Slots slotsNeeded(const SimAction &a)
{
    Slots s;
    switch (a.kind) {
    case SimActionKind::Link:
        s.link = 0;
        break;
    case SimActionKind::PostStaff:
        s.postings.assign(a.staff.size(), -1);
        break;
    case SimActionKind::NewSite:
        s.facility = 0;
        s.staff.assign(a.newStaffRoles.size(), -1);
        break;
    default:
        break;
    }
    return s;
}

Slots appendedSlots(const sim::Input &in, const SimAction &a)
{
    Slots s = slotsNeeded(a);
    if (s.facility == 0)
        s.facility = sizeOf(in.facilities);
    for (std::size_t i = 0; i < s.staff.size(); ++i)
        s.staff[i] = sizeOf(in.staff) + static_cast<int>(i);
    for (std::size_t i = 0; i < s.postings.size(); ++i)
        s.postings[i] = sizeOf(in.postings) + static_cast<int>(i);
    if (s.link == 0)
        s.link = sizeOf(in.links);
    return s;
}

Slots reserveSlots(sim::Input &in, int staff, int postings)
{
    Slots s;
    s.facility = sizeOf(in.facilities);
    sim::Facility f;
    f.active = false;
    f.capability.assign(in.lines.size(), 0.0);
    if (!in.settlements.empty()) {
        f.lon = in.settlements.front().lon;
        f.lat = in.settlements.front().lat;
    }
    in.facilities.push_back(f);
    for (int i = 0; i < staff; ++i) {
        s.staff.push_back(sizeOf(in.staff));
        sim::Staff st;
        st.active = false;
        in.staff.push_back(st);
    }
    for (int i = 0; i < postings; ++i) {
        s.postings.push_back(sizeOf(in.postings));
        sim::Posting p;
        p.active = false;
        in.postings.push_back(p);
    }
    s.link = sizeOf(in.links);
    sim::TelemedicineLink l;
    l.active = false;
    in.links.push_back(l);
    return s;
}

sim::ChangeSet actionChanges(const sim::Input &in, const SimAction &a, const Slots &slots)
{
    sim::ChangeSet ch;
    switch (a.kind) {
    case SimActionKind::AddBeds: {
        sim::Facility f = in.facilities[static_cast<std::size_t>(a.facility)];
        f.beds += a.units;
        ch.facilities.emplace_back(a.facility, f);
        break;
    }
    case SimActionKind::RaiseCapability: {
        sim::Facility f = in.facilities[static_cast<std::size_t>(a.facility)];
        if (a.line >= 0 && a.line < sizeOf(f.capability)) {
            double &c = f.capability[static_cast<std::size_t>(a.line)];
            c += a.gain * (1.0 - c);
        }
        ch.facilities.emplace_back(a.facility, f);
        break;
    }
    case SimActionKind::Link:
        ch.links.emplace_back(slots.link, sim::TelemedicineLink{a.hub, a.facility, a.start, a.end,
                                                                a.gain, a.outpatient, a.inpatient,
                                                                a.annualCostYuan, true});
        break;
    case SimActionKind::PostStaff:
        for (std::size_t i = 0; i < a.staff.size() && i < slots.postings.size(); ++i)
            ch.postings.emplace_back(
                slots.postings[i], sim::Posting{a.staff[i], a.facility, a.start, a.end, 1.0, true});
        break;
    case SimActionKind::NewSite: {
        const sim::Settlement &st = in.settlements[static_cast<std::size_t>(a.settlement)];
        sim::Facility f;
        f.lon = st.lon;
        f.lat = st.lat;
        f.level = a.level;
        f.township = st.township;
        f.region = st.region;
        f.beds = a.units;
        f.inAlliance = true;
        f.active = true;
        f.capability = a.capability;
        f.capability.resize(in.lines.size(), 0.0);
        ch.facilities.emplace_back(slots.facility, f);
        for (std::size_t i = 0; i < a.newStaffRoles.size() && i < slots.staff.size(); ++i)
            ch.staff.emplace_back(slots.staff[i],
                                  sim::Staff{a.newStaffRoles[i], 0, slots.facility, true});
        break;
    }
    case SimActionKind::Merge: {
        sim::Facility f = in.facilities[static_cast<std::size_t>(a.facility)];
        f.active = false;
        ch.facilities.emplace_back(a.facility, f);
        for (int i = 0; i < sizeOf(in.staff); ++i)
            if (in.staff[static_cast<std::size_t>(i)].active &&
                in.staff[static_cast<std::size_t>(i)].home == a.facility) {
                sim::Staff st = in.staff[static_cast<std::size_t>(i)];
                st.home = a.neighbour;
                ch.staff.emplace_back(i, st);
            }
        // Postings at a closed clinic end with it.
        for (int p = 0; p < sizeOf(in.postings); ++p)
            if (in.postings[static_cast<std::size_t>(p)].active &&
                in.postings[static_cast<std::size_t>(p)].facility == a.facility) {
                sim::Posting post = in.postings[static_cast<std::size_t>(p)];
                post.active = false;
                ch.postings.emplace_back(p, post);
            }
        break;
    }
    }
    return ch;
}

namespace {

template <typename T>
void revertVector(const std::vector<T> &before, const std::vector<std::pair<int, T>> &ops,
                  std::vector<std::pair<int, T>> &out)
{
    for (const auto &op : ops)
        if (op.first >= 0 && op.first < sizeOf(before))
            out.emplace_back(op.first, before[static_cast<std::size_t>(op.first)]);
}

} // namespace

sim::ChangeSet revertChanges(const sim::Input &before, const sim::ChangeSet &changes)
{
    sim::ChangeSet r;
    revertVector(before.settlements, changes.settlements, r.settlements);
    revertVector(before.facilities, changes.facilities, r.facilities);
    revertVector(before.roads, changes.roads, r.roads);
    revertVector(before.lines, changes.lines, r.lines);
    revertVector(before.staff, changes.staff, r.staff);
    revertVector(before.postings, changes.postings, r.postings);
    revertVector(before.links, changes.links, r.links);
    return r;
}

namespace {

template <typename T>
void chainVector(const std::vector<T> &current, const std::vector<std::pair<int, T>> &first,
                 const std::vector<std::pair<int, T>> &then, std::vector<std::pair<int, T>> &out)
{
    const auto unchanged = [&](const std::pair<int, T> &op) {
        return op.first >= 0 && op.first < sizeOf(current) &&
               !(current[static_cast<std::size_t>(op.first)] != op.second);
    };
    for (const auto &op : first) {
        const bool replaced = std::any_of(
            then.begin(), then.end(), [&](const auto &later) { return later.first == op.first; });
        if (!replaced && !unchanged(op))
            out.push_back(op);
    }
    for (const auto &op : then)
        if (!unchanged(op))
            out.push_back(op);
}

template <typename T>
void chainValue(const T &current, const std::optional<T> &first, const std::optional<T> &then,
                std::optional<T> &out)
{
    const std::optional<T> &last = then ? then : first;
    if (last && *last != current)
        out = last;
}

} // namespace

sim::ChangeSet chainChanges(const sim::Input &current, const sim::ChangeSet &first,
                            const sim::ChangeSet &then)
{
    sim::ChangeSet c;
    chainVector(current.settlements, first.settlements, then.settlements, c.settlements);
    chainVector(current.facilities, first.facilities, then.facilities, c.facilities);
    chainVector(current.roads, first.roads, then.roads, c.roads);
    chainVector(current.lines, first.lines, then.lines, c.lines);
    chainVector(current.staff, first.staff, then.staff, c.staff);
    chainVector(current.postings, first.postings, then.postings, c.postings);
    chainVector(current.links, first.links, then.links, c.links);
    chainValue(current.schedule, first.schedule, then.schedule, c.schedule);
    chainValue(current.settings, first.settings, then.settings, c.settings);
    chainValue(current.townships, first.townships, then.townships, c.townships);
    // A truncation is a new structure either way: keep the last one asked for.
    c.lineCount = then.lineCount ? then.lineCount : first.lineCount;
    return c;
}

} // namespace cc::planner
