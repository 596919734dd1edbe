// Staff roster from CSV: Chinese and English headers, GB18030 as Chinese Excel
// saves it, facility names resolved, bad rows reported by row number.
#include "models/exchange/csvtable.h"
#include "models/staffing/staffcsv.h"
#include "tests/testproject.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace cc;
using namespace cc::staffing;

class TestStaffingCsv : public QObject {
    Q_OBJECT
private slots:
    void chineseHeadersUtf8()
    {
        const QByteArray csv = QStringLiteral("姓名,岗位,职称,编制单位,工作单位,基层服务月数,年薪\n"
                                              "赵一,全科医生,中级,医共体,县医院,7,120000\n"
                                              "钱二,护士,初级,青石镇卫生院,青石镇卫生院,30,\n"
                                              "孙三,厨师,初级,医共体,县医院,0,\n"
                                              "李四,专科医生,高级,医共体,不存在医院,0,\n")
                                   .toUtf8();
        const StaffCsvImport r = staffFromCsv(exchange::parseCsv(csv), test::smallProject());
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.staff.size(), 2);
        QCOMPARE(r.staff[0].name, QStringLiteral("赵一"));
        QCOMPARE(r.staff[0].role, StaffRole::GeneralPractitioner);
        QCOMPARE(r.staff[0].title, StaffTitle::Intermediate);
        QCOMPARE(r.staff[0].employerFacilityId, EntityId(0));
        QCOMPARE(r.staff[0].homeFacilityId, EntityId(1));
        QCOMPARE(r.staff[0].grassrootsMonths, 7);
        QCOMPARE(r.staff[0].annualSalaryYuan, 120000.0);
        QCOMPARE(r.staff[1].employerFacilityId, EntityId(2));
        QCOMPARE(r.staff[1].annualSalaryYuan, 0.0);
        QCOMPARE(r.problems.size(), 2);
        QVERIFY(r.problems[0].contains(QStringLiteral("4"))); // row 4: unknown role
        QVERIFY(r.problems[0].contains(QStringLiteral("厨师")));
        QVERIFY(r.problems[1].contains(QStringLiteral("不存在医院")));
    }

    void englishHeadersGb18030()
    {
        if (!exchange::gb18030Available())
            QSKIP("GB18030 is not available here");
        QStringEncoder gbk("GB18030");
        const QByteArray csv = gbk(QStringLiteral("Name;Role;Title;Works at\n"
                                                  "周五;specialist;senior;县医院\n"));
        const exchange::CsvTable table = exchange::parseCsv(csv);
        QCOMPARE(table.encoding, exchange::TextEncoding::Gb18030);
        const StaffCsvImport r = staffFromCsv(table, test::smallProject());
        QCOMPARE(r.staff.size(), 1);
        QCOMPARE(r.staff[0].name, QStringLiteral("周五"));
        QCOMPARE(r.staff[0].role, StaffRole::Specialist);
        QCOMPARE(r.staff[0].title, StaffTitle::Senior);
        QCOMPARE(r.staff[0].homeFacilityId, EntityId(1));
    }

    void refusesWithoutNameOrRole()
    {
        const StaffCsvImport r = staffFromCsv(
            exchange::parseCsv(QByteArrayLiteral("name,title\nA,junior\n")), test::smallProject());
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.staff.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaffingCsv)
#include "tst_staffing_csv.moc"
