#include "models/domain/investment.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace cc {

// Translation context of the catalogue (lupdate reads Investments::tr calls).
class Investments {
    Q_DECLARE_TR_FUNCTIONS(cc::Investments)
};

const InvestmentKindInfo &investmentKindInfo(InvestmentKind kind)
{
    // Every default is editable in the project. Where no published figure
    // fits a county, the value is an assumption and the source says so.
    static const InvestmentKindInfo kInfo[kInvestmentKindCount] = {
        {"add-beds", QT_TRANSLATE_NOOP("cc::Investments", "Add beds"),
         InvestmentCost{10 * 200000.0, 10 * 60000.0, 10, 0, 0},
         QT_TRANSLATE_NOOP(
             "cc::Investments",
             "Assumption: 50 m2 per bed (township centre building standard, 建标107-2008) at about "
             "4,000 yuan/m2 built and equipped; running cost about 60,000 yuan per bed a year "
             "(nursing staff at 0.4 per bed, 2023 township centre salaries)")},
        {"equip-line", QT_TRANSLATE_NOOP("cc::Investments", "Equip for a service line"),
         InvestmentCost{3000000, 300000, 1, 0.30, 0},
         QT_TRANSLATE_NOOP(
             "cc::Investments",
             "Assumption: a 16-slice CT or an operating room, about 3 million yuan in 2023 county "
             "procurement notices, maintenance and a technician 10% a year; closes 30% of the "
             "centre's capability gap on the line")},
        {"telemedicine-link", QT_TRANSLATE_NOOP("cc::Investments", "Telemedicine link"),
         InvestmentCost{200000, 30000, 1, 0.08, 0},
         QT_TRANSLATE_NOOP(
             "cc::Investments",
             "Gain and yearly cost of the default remote-consultation link (an assumption, after "
             "Huidong county's telemedicine and provincial price lists); assumption: 200,000 yuan "
             "for terminals and the line")},
        {"post-doctors", QT_TRANSLATE_NOOP("cc::Investments", "Post county doctors for 12 months"),
         InvestmentCost{0, 2 * 36000.0, 2, 0, 1},
         QT_TRANSLATE_NOOP(
             "cc::Investments",
             "Assumption: a grassroots-service allowance of 3,000 yuan a month per doctor "
             "(provincial "
             "县招乡用 schemes pay 1,000-5,000); salaries stay with the county hospital")},
        {"new-village-clinic", QT_TRANSLATE_NOOP("cc::Investments", "New village clinic"),
         InvestmentCost{300000, 80000, 1, 0, 0},
         QT_TRANSLATE_NOOP("cc::Investments", "Assumption: a standard clinic of 60 m2 or more "
                                              "(村卫生室建设标准) about 300,000 yuan; a "
                                              "village doctor's income about 80,000 yuan a year")},
        {"new-township-branch", QT_TRANSLATE_NOOP("cc::Investments", "New township branch"),
         InvestmentCost{5000000, 1200000, 10, 0, 0},
         QT_TRANSLATE_NOOP("cc::Investments", "Assumption: a branch of 10 beds (1,000 m2 at 4,000 "
                                              "yuan/m2 plus equipment) staffed by "
                                              "three GPs and three nurses")},
        {"merge-clinic", QT_TRANSLATE_NOOP("cc::Investments", "Merge a clinic into its neighbour"),
         InvestmentCost{100000, -40000, 1, 0, 0},
         QT_TRANSLATE_NOOP(
             "cc::Investments",
             "Assumption: refitting the neighbour costs 100,000 yuan; the closed building saves "
             "40,000 yuan a year (the staff move with it)")},
        {"care-centre", QT_TRANSLATE_NOOP("cc::Investments", "Designate and equip a care centre"),
         InvestmentCost{8000000, 1500000, 1, 0.20, 0},
         QT_TRANSLATE_NOOP(
             "cc::Investments",
             "Assumption: a county catheter lab or stroke unit with its green channel, about 8 "
             "million yuan (county chest-pain centre reports), staff and upkeep 1.5 million a "
             "year; "
             "closes 20% of the complex inpatient line's capability gap")},
    };
    return kInfo[std::clamp(static_cast<int>(kind), 0, kInvestmentKindCount - 1)];
}

int investmentKindIndex(const QString &code)
{
    for (int i = 0; i < kInvestmentKindCount; ++i)
        if (code == QLatin1String(investmentKindInfo(static_cast<InvestmentKind>(i)).code))
            return i;
    return -1;
}

QString investmentKindLabel(InvestmentKind kind)
{
    return Investments::tr(investmentKindInfo(kind).label);
}

QString investmentKindSource(InvestmentKind kind)
{
    return Investments::tr(investmentKindInfo(kind).source);
}

const char *careCentreCode(CareCentreKind kind)
{
    static const char *const kCodes[kCareCentreKindCount] = {"chest-pain", "stroke", "trauma",
                                                             "maternal"};
    return kCodes[std::clamp(static_cast<int>(kind), 0, kCareCentreKindCount - 1)];
}

QString careCentreLabel(CareCentreKind kind)
{
    static const char *const kLabels[kCareCentreKindCount] = {
        QT_TRANSLATE_NOOP("cc::Investments", "Chest-pain centre"),
        QT_TRANSLATE_NOOP("cc::Investments", "Stroke centre"),
        QT_TRANSLATE_NOOP("cc::Investments", "Trauma centre"),
        QT_TRANSLATE_NOOP("cc::Investments", "Critical maternal care centre"),
    };
    return Investments::tr(
        kLabels[std::clamp(static_cast<int>(kind), 0, kCareCentreKindCount - 1)]);
}

InvestmentCatalogue defaultInvestmentCatalogue()
{
    InvestmentCatalogue c;
    for (int i = 0; i < kInvestmentKindCount; ++i)
        c.costs[static_cast<std::size_t>(i)] =
            investmentKindInfo(static_cast<InvestmentKind>(i)).defaults;
    return c;
}

double investmentCostYuan(const InvestmentCost &cost, int years)
{
    const int running = cost.runningYears > 0 ? std::min(cost.runningYears, years) : years;
    return cost.capitalYuan + cost.annualYuan * std::max(0, running);
}

QString validateInvestment(const Investment &x)
{
    const int kind = static_cast<int>(x.kind);
    if (kind < 0 || kind >= kInvestmentKindCount)
        return Investments::tr("Unknown kind of investment %1.").arg(kind);
    if (x.scenarioId <= 0)
        return Investments::tr("An investment belongs to a scenario.");
    if (x.units < 0 || x.units > 10000)
        return Investments::tr("An investment adds from 0 to 10,000 beds or doctors.");
    if (!std::isfinite(x.capabilityGain) || x.capabilityGain < 0 || x.capabilityGain > 1)
        return Investments::tr("A capability gain is a share from 0 to 1.");
    const int centre = static_cast<int>(x.centre);
    if (centre < 0 || centre >= kCareCentreKindCount)
        return Investments::tr("Unknown kind of care centre %1.").arg(centre);
    return {};
}

QString validateCatalogue(const InvestmentCatalogue &c)
{
    if (!std::isfinite(c.goldenHourMinutes) || c.goldenHourMinutes < 1 || c.goldenHourMinutes > 600)
        return Investments::tr("The golden hour is from 1 to 600 minutes.");
    for (int i = 0; i < kInvestmentKindCount; ++i) {
        const InvestmentCost &x = c.costs[static_cast<std::size_t>(i)];
        const QString name = investmentKindLabel(static_cast<InvestmentKind>(i));
        if (!std::isfinite(x.capitalYuan) || x.capitalYuan < 0 || x.capitalYuan > 1e11)
            return Investments::tr("%1: the capital cost is from 0 to 100 billion yuan.").arg(name);
        if (!std::isfinite(x.annualYuan) || std::abs(x.annualYuan) > 1e10)
            return Investments::tr("%1: the yearly cost is within 10 billion yuan.").arg(name);
        if (x.units < 1 || x.units > 1000)
            return Investments::tr("%1: the number is from 1 to 1,000.").arg(name);
        if (!std::isfinite(x.capabilityGain) || x.capabilityGain < 0 || x.capabilityGain > 1)
            return Investments::tr("%1: the capability gain is a share from 0 to 1.").arg(name);
        if (x.runningYears < 0 || x.runningYears > 100)
            return Investments::tr("%1: the running years are from 0 to 100.").arg(name);
    }
    return {};
}

} // namespace cc
