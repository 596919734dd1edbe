// Staffing rules (县招乡用): every rule fires on one side of its boundary and not
// on the other; a rule set to refuse makes the edit fail with its message and
// leaves the document unchanged; warn lets it through with the new violations.
// Need vs posted against hand-computed numbers; the indicators.
#include "models/domain/projectdocument.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/staffing/staffingedits.h"
#include "models/staffing/staffingneed.h"
#include "models/staffing/staffingrules.h"
#include "tests/testproject.h"

#include <QTest>

using namespace cc;
using namespace cc::staffing;

namespace {

QVector<Violation> ofRule(const QVector<Violation> &all, Rule rule)
{
    QVector<Violation> out;
    for (const Violation &v : all)
        if (v.rule == rule)
            out.push_back(v);
    return out;
}

// The small project with the rules quiet at the start: a low township minimum,
// no GP norm, and an intermediate specialist at the county hospital who has
// served exactly the months promotion needs.
Project quietProject()
{
    Project p = test::smallProject();
    p.settings[SettingKey::StaffingMinTownshipPosts] = 1.0;
    p.settings[SettingKey::StaffingGpPer10k] = 0.0;
    StaffMember c;
    c.id = 3;
    c.name = QStringLiteral("张强");
    c.role = StaffRole::Specialist;
    c.title = StaffTitle::Intermediate;
    c.homeFacilityId = 1;
    c.grassrootsMonths = 12;
    c.annualSalaryYuan = 0; // paid the title's default
    p.staff.insert(c.id, c);
    return p;
}

} // namespace

class TestStaffingRules : public QObject {
    Q_OBJECT
private slots:
    void init() { m_doc.reset(quietProject(), QString()); }

    void quietProjectHasNoViolations()
    {
        for (EntityId s : {1, 2})
            QVERIFY(checkRules(m_doc.project(), s).isEmpty());
    }

    void ftePerPersonBoundary()
    {
        // Staff 1 works 0.2 FTE at the township centre in months 0-12 (every scenario).
        StaffingEditResult r = addPosting(m_doc, Posting{0, 1, 3, 6, 12, 0.8, 0});
        QVERIFY2(r.ok, qPrintable(r.error)); // exactly 1.0: allowed
        QVERIFY(ofRule(r.warnings, Rule::FtePerPerson).isEmpty());
        QVERIFY(ofRule(checkRules(m_doc.project(), 1), Rule::FtePerPerson).isEmpty());

        const Project before = m_doc.project();
        const int commands = m_doc.undoStack()->count();
        r = addPosting(m_doc, Posting{0, 1, 3, 11, 14, 0.05, 0});
        QVERIFY(!r.ok); // 1.05 in month 11: refused by default
        QVERIFY2(r.error.contains(ruleName(Rule::FtePerPerson)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("王明")), qPrintable(r.error));
        // Month index 11 of a project starting in 2025-01, as a calendar month.
        QVERIFY2(r.error.contains(QStringLiteral("2025-12")), qPrintable(r.error));
        QCOMPARE(m_doc.project(), before);
        QCOMPARE(m_doc.undoStack()->count(), commands);

        // Changing an existing posting is checked the same way.
        Posting grown = before.postings.value(1);
        grown.fte = 0.3;
        QVERIFY(!changePosting(m_doc, grown).ok);
        QCOMPARE(m_doc.project(), before);

        // Set to warn, the edit goes through and reports the violation.
        Project warned = before;
        warned.settings[SettingKey::StaffingFteSeverity] = 1;
        m_doc.reset(warned, QString());
        r = addPosting(m_doc, Posting{0, 1, 3, 11, 14, 0.05, 0});
        QVERIFY(r.ok);
        // Baseline: 1.05 in month 11; reform: also over its full-time months 12-14.
        QVector<Violation> w = ofRule(r.warnings, Rule::FtePerPerson);
        QCOMPARE(w.size(), 2);
        std::sort(w.begin(), w.end(), [](const Violation &a, const Violation &b) {
            return a.scenarioId < b.scenarioId;
        });
        QCOMPARE(w.back().scenarioId, EntityId(2));
        QCOMPARE(w.back().toMonth, 14);
        QCOMPARE(w.front().scenarioId, EntityId(1));
        QCOMPARE(w.front().staffId, EntityId(1));
        QCOMPARE(w.front().fromMonth, 11);
        QCOMPARE(w.front().toMonth, 12);
        QCOMPARE(w.front().severity, Severity::Warn);
        QVERIFY(w.front().postingIds.contains(r.id));
        // Switched off, nothing is reported.
        Project off = m_doc.project();
        off.settings[SettingKey::StaffingFteSeverity] = 0;
        QVERIFY(ofRule(checkRules(off, 1), Rule::FtePerPerson).isEmpty());
    }

    // A refusal names the months as people read them: the calendar months of
    // the project's start, not 0- or 1-based indices.
    void ruleMessagesNameCalendarMonths()
    {
        Project p = quietProject();
        p.settings[SettingKey::StartYear] = 2025;
        p.settings[SettingKey::StartMonth] = 4;
        m_doc.reset(p, QString());
        // Staff 1's 0.2 FTE clinic plus 0.9 FTE in months 3-8: over the limit there.
        const StaffingEditResult r = addPosting(m_doc, Posting{0, 1, 3, 3, 9, 0.9, 0});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("2025-07 to 2025-12")), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QStringLiteral("month")), qPrintable(r.error));
        // One month alone is one calendar month.
        const StaffingEditResult one = addPosting(m_doc, Posting{0, 1, 3, 5, 6, 0.9, 0});
        QVERIFY(!one.ok); // 1.1 FTE in month 5 alone
        QVERIFY2(one.error.contains(QStringLiteral("in 2025-09 ")), qPrintable(one.error));
    }

    void minimumPostingMonthsBoundary()
    {
        StaffingEditResult r = addPosting(m_doc, Posting{0, 3, 2, 0, 6, 1.0, 0});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.warnings.isEmpty()); // 6 months: counts
        r = addPosting(m_doc, Posting{0, 3, 3, 6, 11, 1.0, 0});
        QVERIFY(r.ok); // 5 months at a village clinic: warned (the default)
        const QVector<Violation> w = ofRule(r.warnings, Rule::MinPostingMonths);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.front().facilityId, EntityId(3));
        QVERIFY(w.front().message.contains(QStringLiteral("5")));
        // Postings to the county hospital are not grassroots postings.
        Project p = m_doc.project();
        p.postings.insert(90, Posting{90, 2, 1, 0, 2, 0.5, 0});
        QCOMPARE(ofRule(checkRules(p, 1), Rule::MinPostingMonths).size(), 1);

        // Refuse: a short posting is refused, lengthening a short one is not.
        p = m_doc.project();
        p.settings[SettingKey::StaffingMinMonthsSeverity] = 2;
        m_doc.reset(p, QString());
        const Project before = m_doc.project();
        r = addPosting(m_doc, Posting{0, 3, 2, 20, 25, 1.0, 0});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(ruleName(Rule::MinPostingMonths)));
        QCOMPARE(m_doc.project(), before);
        Posting shortOne = before.postings.value(4); // the 5-month one, warned before

        QCOMPARE(shortOne.endMonth - shortOne.startMonth, 5);
        shortOne.endMonth += 1;
        QVERIFY(changePosting(m_doc, shortOne).ok);
        shortOne.endMonth -= 3;
        QVERIFY(!changePosting(m_doc, shortOne).ok); // 6 -> 3 months: a new violation
    }

    void townshipMinimumStaffBoundary()
    {
        Project p = m_doc.project();
        // Township centre 2: its GP (staff 2) at 1.0 plus staff 1's 0.2 in months 0-12;
        // in the reform scenario staff 1 is there full time in months 12-24.
        p.settings[SettingKey::StaffingMinTownshipPosts] = 1.2;
        QVector<Violation> v = ofRule(checkRules(p, 1), Rule::TownshipMinimumStaff);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.front().facilityId, EntityId(2));
        QCOMPARE(v.front().fromMonth, 12);
        QCOMPARE(v.front().toMonth, 60);
        v = ofRule(checkRules(p, 2), Rule::TownshipMinimumStaff);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.front().fromMonth, 24);

        // GP norm: township 2 has 3,700 residents; 1.0 GP meets 2.7 per 10,000
        // (0.999) but not 2.71 (1.0027).
        p.settings[SettingKey::StaffingMinTownshipPosts] = 1.0;
        p.settings[SettingKey::StaffingGpPer10k] = 2.7;
        QVERIFY(ofRule(checkRules(p, 1), Rule::TownshipMinimumStaff).isEmpty());
        p.settings[SettingKey::StaffingGpPer10k] = 2.71;
        v = ofRule(checkRules(p, 1), Rule::TownshipMinimumStaff);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.front().detail, 1);
        QCOMPARE(v.front().fromMonth, 0);
        QCOMPARE(v.front().toMonth, 60);

        // Refused: posting the centre's only GP away.
        p.settings[SettingKey::StaffingGpPer10k] = 2.0;
        p.settings[SettingKey::StaffingMinStaffSeverity] = 2;
        m_doc.reset(p, QString());
        const Project before = m_doc.project();
        const StaffingEditResult r = addPosting(m_doc, Posting{0, 2, 3, 0, 6, 1.0, 0});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("青石镇卫生院")), qPrintable(r.error));
        QCOMPARE(m_doc.project(), before);
        // Half away leaves 0.5 GP (the norm asks 0.74) and 0.7 staff: refused; 0.2 away is fine.
        QVERIFY(!addPosting(m_doc, Posting{0, 2, 3, 0, 6, 0.5, 0}).ok);
        QVERIFY(addPosting(m_doc, Posting{0, 2, 3, 0, 6, 0.2, 0}).ok);
    }

    void promotionServiceBoundary()
    {
        Project p = m_doc.project();
        QVERIFY(ofRule(checkRules(p, 1), Rule::PromotionService).isEmpty()); // 12 of 12
        p.staff[3].grassrootsMonths = 11;
        QVector<Violation> v = ofRule(checkRules(p, 1), Rule::PromotionService);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.front().staffId, EntityId(3));
        QCOMPARE(v.front().detail, 1);
        QVERIFY(v.front().message.contains(QStringLiteral("张强")));
        const QVector<PromotionStatus> due = promotionCandidates(p, 1);
        QCOMPARE(due.size(), 1); // staff 1 is senior, staff 2 works at a township centre
        QCOMPARE(due.front().servedMonths, 11);
        QCOMPARE(due.front().shortMonths(), 1);
        // Five months at 0.2 FTE count as one month of service.
        p.postings.insert(50, Posting{50, 3, 2, 0, 5, 0.2, 0});
        QVERIFY(ofRule(checkRules(p, 1), Rule::PromotionService).isEmpty());
        p.postings[50].endMonth = 4;
        QCOMPARE(ofRule(checkRules(p, 1), Rule::PromotionService).size(), 1);

        // Refuse: removing the posting that makes up the service is refused.
        p.postings[50].endMonth = 5;
        p.settings[SettingKey::StaffingPromotionSeverity] = 2;
        p.settings[SettingKey::StaffingMinMonthsSeverity] = 0;
        m_doc.reset(p, QString());
        const Project before = m_doc.project();
        const StaffingEditResult r = removePosting(m_doc, 50);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(ruleName(Rule::PromotionService)));
        QCOMPARE(m_doc.project(), before);
        QCOMPARE(m_doc.undoStack()->count(), 0);
    }

    void needVsPostedHandComputed()
    {
        const Project p = m_doc.project();
        // Hand-built results: 17,600 staff minutes at the township centre in
        // month 0 and 4,400 in month 1; 1,760 h/year = 8,800 minutes per FTE-month.
        sim::Results r;
        r.months = 60;
        r.facilities = 4;
        std::vector<double> minutes(4 * 60, 0.0);
        SimIndexMap ids;
        for (int i = 0; i < 4; ++i)
            ids.facilities.insert(i + 1, i);
        minutes[1 * 60 + 0] = 17600;
        minutes[1 * 60 + 1] = 4400;
        minutes[0 * 60 + 12] = 88000;
        r.facilityWorkloadMinutes = minutes;
        const StaffingNeed need = staffingNeed(p, 2, r, ids);
        QCOMPARE(need.facilityIds, (QVector<EntityId>{1, 2, 3})); // in-county only
        const int thc = need.rowOf(2), ch = need.rowOf(1);
        QCOMPARE(need.neededAt(thc, 0), 2.0);
        QCOMPARE(need.neededAt(thc, 1), 0.5);
        QCOMPARE(need.neededAt(ch, 12), 10.0);
        // Posted at the centre: its GP 1.0 + the county specialist's 0.2 clinic.
        QCOMPARE(need.postedAt(thc, 0), 1.2);
        QCOMPARE(need.postedAt(thc, 0, int(StaffRole::GeneralPractitioner)), 1.0);
        QCOMPARE(need.postedAt(thc, 0, int(StaffRole::Specialist)), 0.2);
        QCOMPARE(need.ratioAt(thc, 0), 0.6);
        // County hospital: staff 1 (0.8 at home in months 0-12, away in 12-24
        // in the reform scenario) and staff 3 full time.
        QCOMPARE(need.postedAt(ch, 0), 1.8);
        QCOMPARE(need.postedAt(ch, 12), 1.0);
        QCOMPARE(need.postedAt(ch, 30), 2.0);
        // With 2,000 h/year the same workload needs less.
        Project longer = p;
        longer.settings[SettingKey::AvailableHoursPerYear] = 2000;
        QCOMPARE(staffingNeed(longer, 2, r, ids).neededAt(thc, 0), 17600.0 / 10000.0);

        // Against the engine: need = its workload / 8,800 minutes.
        SimIndexMap map;
        sim::Engine engine(compileProject(p, 1, map));
        const StaffingNeed real = staffingNeed(p, 1, engine.results(), map);
        const int f = map.facilities.value(2);
        for (int t : {0, 13, 59}) {
            const double expected =
                engine.results().facilityWorkloadMinutes[std::size_t(f) * 60 + t] / 8800.0;
            QVERIFY(expected > 0);
            QCOMPARE(real.neededAt(real.rowOf(2), t), expected);
            QCOMPARE(real.neededAt(real.rowOf(2), t),
                     engine.results().facilityFteNeeded[std::size_t(f) * 60 + t]);
            QCOMPARE(real.postedAt(real.rowOf(2), t),
                     engine.results().facilityFte[std::size_t(f) * 60 + t]);
        }
    }

    void indicators()
    {
        const Project p = m_doc.project();
        // Population 23,700. Baseline: staff 1's 12-month clinic (months 0-12).
        QVector<double> d = countyDoctorsPer10k(p, 1);
        QCOMPARE(d.size(), 60);
        QCOMPARE(d[0], 10000.0 / 23700.0);
        QCOMPARE(d[12], 0.0);
        d = countyDoctorsPer10k(p, 2); // plus the 12-month rotation in months 12-24
        QCOMPARE(d[12], 10000.0 / 23700.0);
        QCOMPARE(d[24], 0.0);
        // Shorter than the minimum does not count.
        Project shorter = p;
        shorter.postings[1].endMonth = 5;
        QCOMPARE(countyDoctorsPer10k(shorter, 1)[0], 0.0);

        // Alliance pool: staff 1 (180,000) and staff 3 (no pay entered:
        // intermediate default 130,000); staff 2 is a local hire.
        QCOMPARE(allianceStaffCount(p), 2);
        QCOMPARE(alliancePayrollYuan(p), 310000.0);
        Project dearer = p;
        dearer.settings[SettingKey::SalaryIntermediateYuan] = 150000;
        QCOMPARE(alliancePayrollYuan(dearer), 330000.0);
    }

    void settingsHaveSourcesAndDefaults()
    {
        for (int k = int(SettingKey::StaffingFteSeverity); k < kSettingKeyCount; ++k) {
            const ParameterSpec &spec = settingSpec(static_cast<SettingKey>(k));
            QVERIFY(QByteArray(spec.source).size() > 10);
            QCOMPARE(defaultSettings().at(k), spec.defaultValue);
            QCOMPARE(settingKeyIndex(spec.key), k);
        }
        QCOMPARE(severityOf(defaultSettings(), Rule::FtePerPerson), Severity::Refuse);
        QCOMPARE(severityOf(defaultSettings(), Rule::MinPostingMonths), Severity::Warn);
    }

private:
    ProjectDocument m_doc;
};

QTEST_GUILESS_MAIN(TestStaffingRules)
#include "tst_staffing_rules.moc"
