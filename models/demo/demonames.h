#pragma once

// Names of the fictional county: townships, villages, urban communities and
// people, each Chinese with a Hanyu Pinyin English alias. All generated from a
// seeded stream, so the same names come out every time.
#include "models/demo/demorandom.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace cc::demo {

struct PlaceName {
    QString zh;
    QString en;
};

struct TownshipName {
    PlaceName township;      // 青石镇 / Qingshi Town
    PlaceName seatVillage;   // 青石村 / Qingshi Village, the village around the township seat
    bool countySeat = false; // 城关镇: urban communities instead of a seat village
};

// The 15 townships, the county seat (城关镇) first.
QVector<TownshipName> townshipNames();

// Names of the urban communities (社区) of the county seat.
QVector<PlaceName> communityNames();

// Village names (两字 + 村) that are unique in the county, in Chinese and in pinyin.
class VillageNamer {
public:
    explicit VillageNamer(DemoRandom &rng) : m_rng(rng) {}
    // Marks a name as taken; false when it already was.
    bool reserve(const PlaceName &name);
    PlaceName next();

private:
    DemoRandom &m_rng;
    QSet<QString> m_zh;
    QSet<QString> m_en;
};

// Personal names (surname + one or two given-name characters), common surnames
// of Fujian more often, unique within one namer.
class PersonNamer {
public:
    explicit PersonNamer(DemoRandom &rng) : m_rng(rng) {}
    QString next();

private:
    DemoRandom &m_rng;
    QSet<QString> m_used;
};

} // namespace cc::demo
