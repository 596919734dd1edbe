// GCJ-02: the forward offset has the published size, the inverse undoes it, and
// nothing changes outside China.
#include "models/domain/geo.h"
#include "models/exchange/gcj02.h"

#include <QTest>

using namespace cc;
using namespace cc::exchange;

class TestGcj02 : public QObject {
    Q_OBJECT
private slots:
    void offsetAtCities_data();
    void offsetAtCities();
    void knownOffsetInBeijing();
    void roundTripOverChina();
    void inverseMeetsTolerance();
    void identityOutsideChina_data();
    void identityOutsideChina();
    void nonFiniteInputIsLeftAlone();
    void bd09MatchesThePublishedFormula();
    void bd09InverseIsExact();
};

void TestGcj02::offsetAtCities_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("Beijing") << 116.397 << 39.909;
    QTest::newRow("Shanghai") << 121.474 << 31.230;
    QTest::newRow("Guangzhou") << 113.264 << 23.129;
    QTest::newRow("Chengdu") << 104.066 << 30.572;
    QTest::newRow("Fuzhou") << 119.296 << 26.074;
    QTest::newRow("Urumqi") << 87.617 << 43.826;
    QTest::newRow("Harbin") << 126.535 << 45.802;
    QTest::newRow("Youxi") << 118.19 << 26.17;
}

void TestGcj02::offsetAtCities()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    const LonLat wgs{lon, lat};
    const LonLat gcj = wgs84ToGcj02(wgs);
    const double metres = distanceKm(wgs, gcj) * 1000.0;
    // The published offset is a few hundred metres everywhere in China.
    QVERIFY2(metres > 100 && metres < 700, qPrintable(QString::number(metres)));
    // In eastern China the shift is mostly eastward (a positive longitude offset).
    if (lon > 100)
        QVERIFY(gcj.lon > wgs.lon);
}

void TestGcj02::knownOffsetInBeijing()
{
    // Tiananmen: web maps show GCJ-02 about (+0.0062, +0.0014) degrees from the GPS
    // position, the widely quoted size of the shift in Beijing.
    const LonLat wgs{116.3912, 39.9073};
    const LonLat gcj = wgs84ToGcj02(wgs);
    QVERIFY2(std::abs(gcj.lon - wgs.lon - 0.0062) < 0.0002, qPrintable(QString::number(gcj.lon)));
    QVERIFY2(std::abs(gcj.lat - wgs.lat - 0.0014) < 0.0002, qPrintable(QString::number(gcj.lat)));
}

void TestGcj02::roundTripOverChina()
{
    double worst = 0;
    for (double lon = 73.0; lon <= 135.0; lon += 0.5) {
        for (double lat = 18.0; lat <= 54.0; lat += 0.5) {
            const LonLat wgs{lon, lat};
            const LonLat back = gcj02ToWgs84(wgs84ToGcj02(wgs));
            worst = std::max(worst, distanceKm(wgs, back) * 1000.0);
        }
    }
    QVERIFY2(worst < 1.0, qPrintable(QStringLiteral("worst %1 m").arg(worst)));
}

void TestGcj02::inverseMeetsTolerance()
{
    // The inverse, pushed forward again, lands on the GCJ-02 point within 1e-7 degrees.
    for (double lon = 74.3; lon <= 134.0; lon += 3.7) {
        for (double lat = 18.2; lat <= 53.5; lat += 2.9) {
            const LonLat gcj{lon, lat};
            const LonLat again = wgs84ToGcj02(gcj02ToWgs84(gcj));
            QVERIFY(std::abs(again.lon - gcj.lon) < 1e-7);
            QVERIFY(std::abs(again.lat - gcj.lat) < 1e-7);
            // and the inverse really moves the point (it is not the identity)
            QVERIFY(gcj02ToWgs84(gcj) != gcj);
        }
    }
}

void TestGcj02::identityOutsideChina_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("London") << -0.1276 << 51.5072;
    QTest::newRow("New York") << -74.006 << 40.7128;
    QTest::newRow("Sydney") << 151.2093 << -33.8688;
    QTest::newRow("Moscow") << 37.6173 << 55.7558;
    QTest::newRow("north of the box") << 120.0 << 60.0;
    QTest::newRow("west of the box") << 70.0 << 35.0;
}

void TestGcj02::identityOutsideChina()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    const LonLat p{lon, lat};
    QVERIFY(outsideGcj02Area(p));
    QCOMPARE(wgs84ToGcj02(p), p);
    QCOMPARE(gcj02ToWgs84(p), p);
}

void TestGcj02::nonFiniteInputIsLeftAlone()
{
    const LonLat p{qQNaN(), 30.0};
    QVERIFY(std::isnan(wgs84ToGcj02(p).lon));
    QVERIFY(std::isnan(gcj02ToWgs84(p).lon));
}

void TestGcj02::bd09MatchesThePublishedFormula()
{
    // The widely published closed forms, written out here independently of
    // gcj02.cpp: forward (gcj -> bd) and the approximate inverse (bd -> gcj).
    const double xPi = 3.14159265358979324 * 3000.0 / 180.0;
    const auto forward = [&](double x, double y) {
        const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * xPi);
        const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * xPi);
        return LonLat{z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
    };
    const auto approximateInverse = [&](double bx, double by) {
        const double x = bx - 0.0065, y = by - 0.006;
        const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * xPi);
        const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * xPi);
        return LonLat{z * std::cos(theta), z * std::sin(theta)};
    };
    for (double lon = 75.0; lon <= 134.0; lon += 4.9) {
        for (double lat = 18.5; lat <= 53.0; lat += 3.1) {
            const LonLat gcj{lon, lat};
            const LonLat bd = gcj02ToBd09(gcj);
            QCOMPARE(bd, forward(lon, lat));
            // Baidu's offset is about 0.0065/0.006 degrees: several hundred metres.
            const double shift = distanceKm(gcj, bd) * 1000;
            QVERIFY2(shift > 500 && shift < 1200, qPrintable(QString::number(shift)));
            // The closed-form inverse is within a metre of our exact one.
            QVERIFY(distanceKm(bd09ToGcj02(bd), approximateInverse(bd.lon, bd.lat)) * 1000 < 1.0);
        }
    }
}

void TestGcj02::bd09InverseIsExact()
{
    for (double lon = 74.3; lon <= 134.0; lon += 3.7) {
        for (double lat = 18.2; lat <= 53.5; lat += 2.9) {
            const LonLat bd{lon, lat};
            const LonLat again = gcj02ToBd09(bd09ToGcj02(bd));
            QVERIFY(std::abs(again.lon - bd.lon) < 1e-9);
            QVERIFY(std::abs(again.lat - bd.lat) < 1e-9);
            const LonLat wgs{lon, lat};
            QVERIFY(distanceKm(bd09ToWgs84(wgs84ToBd09(wgs)), wgs) * 1000 < 0.01);
        }
    }
    const LonLat p{qQNaN(), 30.0};
    QVERIFY(std::isnan(bd09ToWgs84(p).lon));
}

QTEST_APPLESS_MAIN(TestGcj02)
#include "tst_gcj02.moc"
